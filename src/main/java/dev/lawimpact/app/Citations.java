package dev.lawimpact.app;

import dev.lawimpact.citations.CitationQueryParser;
import dev.lawimpact.citations.EgovAbbreviations;
import dev.lawimpact.citations.EnglishName;
import dev.lawimpact.citations.EnglishTranslations;
import dev.lawimpact.citations.Glossary;
import dev.lawimpact.citations.GlossaryLoader;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.LawSummary;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Builds the citation reader for an open index: law titles from the index's catalogue, plus the
 * reference data found beside the corpus (e-Gov's abbreviation list, the MoJ legal-term
 * dictionary, official English translations) when present. Missing reference data only narrows
 * what can be cited (no abbreviations, no English); it never stops the service.
 */
public final class Citations {
  private static final Logger LOG = Logger.getLogger(Citations.class);

  private Citations() {}

  /** Reference data read from disk, independent of the index (so it can load while the index opens). */
  public record Reference(EgovAbbreviations abbreviations, List<EnglishName> glossaryNames, List<Path> translations,
      Glossary glossary) {

    /** No reference data at all: titles still resolve, nothing else. */
    public static Reference none() {
      return new Reference(EgovAbbreviations.empty(), List.of(), List.of(), Glossary.empty());
    }

    public static Reference load(Path referenceRoot) {
      Path glossary = referenceRoot.resolve("glossary");
      EgovAbbreviations abbs = Files.isRegularFile(glossary.resolve("egov_abb.json"))
          ? EgovAbbreviations.read(glossary.resolve("egov_abb.json")) : EgovAbbreviations.empty();
      List<Path> dictionaries = new ArrayList<>();
      for (String f : List.of("law.je.dic.18.0.xml", "utf8_law.je.dic.9.0.a.csv")) {
        if (Files.isRegularFile(glossary.resolve(f))) dictionaries.add(glossary.resolve(f));
      }
      List<EnglishName> names = new ArrayList<>();
      Glossary g = Glossary.empty();
      if (!dictionaries.isEmpty()) {
        g = GlossaryLoader.load(dictionaries);
        names.addAll(EnglishName.fromGlossary(g));
        g.problems().forEach(p -> LOG.debugf("glossary: %s", p));
        // the bill analyser maps English outlines through it
      }
      List<Path> translations = List.of();
      Path en = referenceRoot.resolve("en");
      if (Files.isDirectory(en)) {
        try (Stream<Path> files = Files.list(en)) {
          translations = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
          LOG.warn("cannot list English translations in " + en + ": " + e);
        }
      }
      return new Reference(abbs, List.copyOf(names), translations, g);
    }
  }

  public static CitationQueryParser build(LawIndex index, Reference ref) {
    return build(index, resolver(index, ref));
  }

  /** The citation parser over a resolver already built for this index. */
  public static CitationQueryParser build(LawIndex index, LawTitleResolver resolver) {
    Set<LawId> articleless = new HashSet<>();
    for (LawSummary l : index.laws()) if (l.articles() == 0) articleless.add(new LawId(l.lawId()));
    return new CitationQueryParser(resolver, articleless::contains);
  }

  /** The law-name resolver over the index's catalogue and the reference data. */
  public static LawTitleResolver resolver(LawIndex index, Reference ref) {
    List<LawMeta> metas = new ArrayList<>();
    for (LawSummary l : index.laws()) {
      LawId id = new LawId(l.lawId());
      metas.add(new LawMeta(id, l.title(), l.kana(), l.abbreviations(), l.lawNum(),
          LawNumber.parse(l.lawNum()).orElse(null), LawType.fromEgovName(l.lawType()).orElse(LawType.MISC),
          id.era(), l.year(), l.numAttr(), ""));
    }
    return resolver(metas, ref);
  }

  /** The law-name resolver over a catalogue (the index build's, before any index exists). */
  public static LawTitleResolver resolver(List<LawMeta> metas, Reference ref) {
    long t0 = System.nanoTime();
    List<EnglishName> english = new ArrayList<>(ref.glossaryNames());
    if (!ref.translations().isEmpty()) english.addAll(EnglishTranslations.read(ref.translations(), metas).names());
    LawTitleResolver resolver = LawTitleResolver.build(metas, ref.abbreviations(), english);
    LOG.infof("Law-name resolver: %d laws, %d abbreviation entries, %d English names in %d ms", metas.size(),
        ref.abbreviations().entries().size(), english.size(), (System.nanoTime() - t0) / 1_000_000);
    return resolver;
  }
}
