package dev.lawimpact.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * Reads a corpus made of several sources, in order, so that the source listed FIRST wins when two
 * hold the same law id: the default order [ja/core, ja/acts.tar.xz] makes the curated, newer core
 * files override the archive copies, and the archive streams over the overridden members without
 * materialising them.
 */
public final class CorpusLoader {

  private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

  /** Bumped when reading rules change, so that a stored fingerprint no longer matches. */
  private static final String FINGERPRINT_VERSION = "corpus-fingerprint-v1";

  /**
   * What a load did.
   *
   * @param entries  laws delivered to the visitor (distinct law ids)
   * @param shadowed members skipped because an earlier source (or an earlier member) had the law id
   * @param problems problems reported
   * @param elapsed  wall time of the whole load
   */
  public record Summary(int entries, int shadowed, int problems, Duration elapsed) {
  }

  private CorpusLoader() {
  }

  /**
   * Reads {@code sources} in order into {@code visitor}, each law id at most once (first source
   * wins). A source that cannot be opened becomes a problem and the others are still read.
   * The visitor's own {@link CorpusVisitor#wants} is honoured as well.
   */
  public static Summary load(List<? extends CorpusSource> sources, CorpusVisitor visitor) {
    long start = System.nanoTime();
    Map<String, Kept> kept = new HashMap<>();
    int[] counts = new int[3]; // entries, shadowed, problems
    for (int i = 0; i < sources.size(); i++) {
      CorpusSource source = sources.get(i);
      int index = i;
      CorpusVisitor firstWins = new CorpusVisitor() {
        @Override
        public boolean wants(String lawId) {
          Kept k = kept.get(lawId);
          if (k == null) return visitor.wants(lawId);
          counts[1]++;
          if (k.source == index) // two files of one law in one source: say which was kept
            problem(new CorpusProblem(source.description(), null,
                "law id " + lawId + " appears more than once; kept " + k.name));
          return false;
        }

        @Override
        public void entry(CorpusEntry e) {
          if (kept.putIfAbsent(e.lawId(), new Kept(index, e.name())) != null) {
            counts[1]++;
            return;
          }
          counts[0]++;
          visitor.entry(e);
        }

        @Override
        public void problem(CorpusProblem p) {
          counts[2]++;
          visitor.problem(p);
        }
      };
      try {
        source.read(firstWins);
      } catch (IOException e) {
        firstWins.problem(new CorpusProblem(source.description(), null, message(e)));
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    // A pass whose visitor wanted nothing (counting members) delivered no laws: not worth an INFO line.
    LOG.logf(counts[0] + counts[2] > 0 ? Logger.Level.INFO : Logger.Level.DEBUG,
        "Corpus: %d laws from %d sources in %d ms (%d shadowed, %d problems)",
        counts[0], sources.size(), elapsed.toMillis(), counts[1], counts[2]);
    return new Summary(counts[0], counts[1], counts[2], elapsed);
  }

  private record Kept(int source, String name) {
  }

  private static String message(IOException e) {
    if (e instanceof NoSuchFileException n) return n.getMessage();
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /**
   * The default corpus under a root laid out like ../shared/corpus: [root/ja/core,
   * root/ja/acts.tar.xz], keeping only those that exist. ja/orders.tar.xz (6,186 orders and
   * ordinances) is opt-in: add it explicitly.
   */
  public static List<Path> defaultLocations(Path corpusRoot) {
    List<Path> found = new ArrayList<>();
    for (Path p : List.of(corpusRoot.resolve("ja/core"), corpusRoot.resolve("ja/acts.tar.xz")))
      if (Files.exists(p)) found.add(p);
    return found;
  }

  /**
   * Corpus root: system property {@code corpus.dir}, else environment variable
   * {@code CORPUS_DIR}, else {@code ../shared/corpus} relative to the working directory (the
   * project checkout sits beside shared/).
   */
  public static Path defaultRoot() {
    String prop = System.getProperty("corpus.dir");
    if (prop != null && !prop.isBlank()) return Path.of(prop);
    String env = System.getenv("CORPUS_DIR");
    if (env != null && !env.isBlank()) return Path.of(env);
    return Path.of("../shared/corpus");
  }

  /**
   * A source for a location string: {@code egov:[BASE_URL]?ids=ID,…} (see {@link EgovApiSource}),
   * a path ending in {@code .zip} ({@link ZipSource}), {@code .tar.xz} or {@code .txz}
   * ({@link TarXzSource}), or an existing directory ({@link DirectorySource}).
   *
   * @throws NoSuchFileException when a directory location does not exist
   */
  public static CorpusSource open(String location) throws IOException {
    String loc = location.strip();
    if (loc.startsWith("egov:")) {
      try {
        return EgovApiSource.parse(loc);
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    Path path = Path.of(loc);
    String lower = loc.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) return new ZipSource(path);
    if (lower.endsWith(".tar.xz") || lower.endsWith(".txz")) return new TarXzSource(path);
    if (Files.isDirectory(path)) return new DirectorySource(path);
    if (!Files.exists(path))
      throw new NoSuchFileException(path.toAbsolutePath().toString(), null, "corpus location not found");
    throw new IOException(path.toAbsolutePath() + ": not a corpus location (expected a directory, .zip, .tar.xz or egov:…)");
  }

  /**
   * Hex SHA-256 over the sources' cheap stamps (paths, sizes, modification times; for directories
   * every law file's name, size and time) in order: equal fingerprints mean the corpus is unchanged
   * without reading it. Order matters, since it decides which source wins.
   */
  public static String fingerprint(List<? extends CorpusSource> sources) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JRE has SHA-256
    }
    sha.update((FINGERPRINT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
    for (CorpusSource s : sources) {
      sha.update(s.fingerprint().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
