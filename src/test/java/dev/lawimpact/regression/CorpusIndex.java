package dev.lawimpact.regression;

import dev.lawimpact.app.Citations;
import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusSource;
import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.indexing.IndexBuilder;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The full-corpus index shared by the corpus-scale tests of one JVM: built once into
 * target/regression-index (reused while the corpus fingerprint and schema match), exactly as the
 * service builds it. Skips loudly when ../shared/corpus is absent.
 */
public final class CorpusIndex {

  public static final Path ROOT = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
  private static final Path DIR = Path.of("target/regression-index");
  private static LawIndex index;
  private static SearchService search;

  private CorpusIndex() {}

  /** Where the shared index lives (the web UI's corpus browser test serves it through the app too). */
  public static Path dir() {
    return DIR;
  }

  public static synchronized LawIndex index() throws IOException {
    if (index != null) return index;
    if (!Files.isDirectory(ROOT.resolve("ja"))) {
      String msg = "SKIPPED corpus test: corpus not found at " + ROOT.toAbsolutePath().normalize();
      System.err.println(msg);
      Assumptions.assumeTrue(false, msg);
    }
    List<CorpusSource> sources = CorpusSpec.defaults(ROOT).open();
    String fp = CorpusLoader.fingerprint(sources);
    if (Files.isDirectory(DIR)) {
      try {
        LawIndex existing = LawIndex.open(DIR);
        if (fp.equals(existing.report().fingerprint())) return index = existing;
        existing.close();
      } catch (IOException e) {
        System.err.println("regression index unusable, rebuilding: " + e.getMessage());
      }
      deleteTree(DIR);
    }
    Citations.Reference ref = Citations.Reference.load(ROOT);
    IndexBuilder.Report r = new IndexBuilder(Runtime.getRuntime().availableProcessors(), 128,
        metas -> Citations.resolver(metas, ref)).build(sources, fp, DIR, -1, null);
    System.err.printf("regression index built in %.1f s (links %.1f s): %d laws, %d links%n", r.elapsed().toMillis() / 1000.0,
        r.linkPass().toMillis() / 1000.0, r.laws(), r.links());
    return index = LawIndex.open(DIR);
  }

  static synchronized SearchService search() throws IOException {
    if (search == null) search = new SearchService(index(), 0, Citations.build(index(), Citations.Reference.load(ROOT)));
    return search;
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    }
  }
}
