package dev.lawimpact.corpus;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Laws fetched one by one from the e-Gov API v2, for a given list of law ids or law numbers.
 * A law the API does not have, or a failed request, is reported as a problem and the rest go on.
 *
 * <p>Location syntax for {@link #parse}: {@code egov:[BASE_URL]?ids=ID[,ID…]}, e.g.
 * {@code egov:?ids=321CONSTITUTION,359AC0000000086} (default base URL) or
 * {@code egov:http://127.0.0.1:8080/api/2?ids=321CONSTITUTION}. Ids may be percent-encoded.
 */
public final class EgovApiSource implements CorpusSource {

  private final EgovApiClient client;
  private final List<String> lawIds;

  public EgovApiSource(EgovApiClient client, List<String> lawIdsOrNums) {
    this.client = client;
    this.lawIds = List.copyOf(lawIdsOrNums);
  }

  public static EgovApiSource parse(String location) {
    if (!location.startsWith("egov:")) throw new IllegalArgumentException("not an egov: location: " + location);
    String rest = location.substring("egov:".length());
    int q = rest.indexOf('?');
    String base = (q < 0 ? rest : rest.substring(0, q)).strip();
    List<String> ids = new ArrayList<>();
    if (q >= 0) {
      for (String param : rest.substring(q + 1).split("&")) {
        if (!param.startsWith("ids=")) throw new IllegalArgumentException("unknown parameter '" + param + "' in " + location);
        for (String id : param.substring(4).split(",")) {
          String decoded = URLDecoder.decode(id, StandardCharsets.UTF_8).strip();
          if (!decoded.isEmpty()) ids.add(decoded);
        }
      }
    }
    if (ids.isEmpty()) throw new IllegalArgumentException("no law ids in " + location + " (expected egov:[BASE_URL]?ids=ID,ID…)");
    EgovApiClient.Config config = EgovApiClient.Config.defaults();
    if (!base.isEmpty()) config = config.withBaseUrl(URI.create(base));
    return new EgovApiSource(new EgovApiClient(config), ids);
  }

  public List<String> lawIds() {
    return lawIds;
  }

  @Override
  public String description() {
    return "e-Gov API " + client.config().baseUrl();
  }

  /** The API's data can change at any time; this stamp only covers what is asked for and where. */
  @Override
  public String fingerprint() {
    return "egov " + client.config().baseUrl() + " " + String.join(",", lawIds);
  }

  @Override
  public void read(CorpusVisitor visitor) throws IOException {
    for (String requested : lawIds) {
      // A law number's id is known only after the fetch; ask the visitor first when we can.
      String knownId = CorpusEntry.lawIdOf(requested + ".xml");
      if (knownId != null && !visitor.wants(knownId)) continue;
      EgovApiClient.LawText law;
      try {
        law = client.fetchLaw(requested);
      } catch (InterruptedIOException e) {
        throw e;
      } catch (EgovApiException e) {
        visitor.problem(new CorpusProblem(description(), requested, e.getMessage()));
        continue;
      } catch (IOException e) {
        visitor.problem(new CorpusProblem(description(), requested, e.getMessage() != null ? e.getMessage() : LawFiles.describe(e)));
        continue;
      }
      String lawId = law.info().lawId() != null ? law.info().lawId() : knownId;
      if (lawId == null) {
        visitor.problem(new CorpusProblem(description(), requested, "answer carries no law_id"));
        continue;
      }
      if (knownId == null && !visitor.wants(lawId)) continue;
      String revision = law.info().revisionId();
      visitor.entry(new CorpusEntry(lawId, (revision != null ? revision : lawId) + ".xml", description(), law.xml()));
    }
  }
}
