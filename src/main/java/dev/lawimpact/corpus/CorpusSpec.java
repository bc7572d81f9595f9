package dev.lawimpact.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of corpus locations, earlier ones winning for the same law id (see
 * {@link CorpusLoader#open} for the location forms). Text form for configuration: locations
 * separated by {@code ;} or new lines (not commas, which egov: locations use between ids), e.g.
 * {@code ../shared/corpus/ja/core;../shared/corpus/ja/acts.tar.xz}.
 */
public record CorpusSpec(List<String> locations) {

  public CorpusSpec {
    locations = List.copyOf(locations);
  }

  /** The default corpus under a root: [ja/core, ja/acts.tar.xz], those that exist. */
  public static CorpusSpec defaults(Path corpusRoot) {
    return new CorpusSpec(CorpusLoader.defaultLocations(corpusRoot).stream().map(Path::toString).toList());
  }

  public static CorpusSpec parse(String text) {
    List<String> locations = new ArrayList<>();
    for (String part : text.split("[;\\n]")) if (!part.isBlank()) locations.add(part.strip());
    return new CorpusSpec(locations);
  }

  /** Sources in order, ready for {@link CorpusLoader#load} and {@link CorpusLoader#fingerprint}. */
  public List<CorpusSource> open() throws IOException {
    List<CorpusSource> sources = new ArrayList<>();
    for (String location : locations) sources.add(CorpusLoader.open(location));
    return sources;
  }

  @Override
  public String toString() {
    return String.join(";", locations);
  }
}
