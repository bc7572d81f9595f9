package dev.lawimpact.app;

import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusSource;
import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.indexing.IndexBuilder;
import dev.lawimpact.search.LawIndex;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Owns the index's life: at start-up it opens the index named by data/CURRENT when it was built
 * from the same corpus (fingerprint) and schema, else builds a new one in the background while
 * the old one (if any) keeps serving. A build goes into a fresh directory and only a completed,
 * committed build is named in CURRENT (written atomically), so a crash mid-build leaves the last
 * good index in place; leftovers are deleted at the next start.
 */
@ApplicationScoped
public class IndexManager {

  private static final Logger LOG = Logger.getLogger(IndexManager.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  /** What the service can do right now. */
  public enum Status { STARTING, BUILDING, READY, FAILED }

  /** A snapshot for health and status endpoints. */
  public record State(Status status, String message, IndexBuilder.Progress progress, IndexBuilder.Report report,
      List<String> corpusLocations, boolean serving) {}

  private final AppConfig config;
  private final Services services;
  private volatile State state = new State(Status.STARTING, "starting", null, null, List.of(), false);
  private volatile LawIndex current;
  private Thread builder;
  private CompletableFuture<Citations.Reference> reference;

  public IndexManager(AppConfig config, Services services) {
    this.config = config;
    this.services = services;
  }

  void onStart(@Observes StartupEvent ev) {
    start();
  }

  void onStop(@Observes ShutdownEvent ev) {
    Thread b = builder;
    if (b != null) b.interrupt();
    LawIndex idx = current;
    if (idx != null) {
      try {
        idx.close();
      } catch (IOException e) {
        LOG.warn("closing index: " + e);
      }
    }
  }

  public State state() {
    return state;
  }

  /** Opens or builds the index; returns at once, a build runs on its own thread. */
  synchronized void start() {
    // Reference data (abbreviations, glossary) loads while the index opens: both sit on the start-up path.
    reference = CompletableFuture.supplyAsync(() -> Citations.Reference.load(referenceRoot()));
    Path data = Path.of(config.dataDir()).toAbsolutePath();
    CorpusSpec spec = corpusSpec();
    List<String> locations = spec.locations();
    List<CorpusSource> sources = null;
    String fingerprint = null;
    String corpusProblem = null;
    try {
      Files.createDirectories(data.resolve("indexes"));
      if (locations.isEmpty()) {
        corpusProblem = "no corpus found: set lawimpact.corpus.locations or lawimpact.corpus.root (looked in "
            + corpusRoot().toAbsolutePath().normalize() + ")";
      } else {
        sources = spec.open();
        fingerprint = CorpusLoader.fingerprint(sources);
      }
    } catch (IOException | RuntimeException e) {
      corpusProblem = "corpus unavailable: " + (e instanceof java.nio.file.AccessDeniedException
          ? "permission denied: " + e.getMessage() : e.getMessage());
    }
    Optional<Path> currentDir = readCurrent(data);
    deleteLeftovers(data, currentDir);
    IndexBuilder.Report existing = null;
    if (currentDir.isPresent()) {
      long t0 = System.nanoTime();
      try {
        LawIndex idx = LawIndex.open(currentDir.get());
        long t1 = System.nanoTime();
        verify(idx);
        existing = idx.report();
        swapIn(idx);
        LOG.infof("Index opened in %d ms (checksums verified in %d ms): %d laws, %d articles, %d provisions (%s)",
            (System.nanoTime() - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000,
            existing.laws(), existing.articles(), existing.provisions(), currentDir.get().getFileName());
      } catch (IOException | RuntimeException e) {
        LOG.errorf("Index at %s cannot be used (%s); it will be rebuilt", currentDir.get(), e.getMessage());
      }
    }
    if (corpusProblem != null) {
      LOG.error(corpusProblem);
      state = new State(current != null ? Status.READY : Status.FAILED,
          corpusProblem + (current != null ? "; serving the existing index" : ""), null, existing, locations, current != null);
      return;
    }
    if (existing != null && fingerprint.equals(existing.fingerprint())) {
      state = new State(Status.READY, "index up to date with the corpus", null, existing, locations, true);
      return;
    }
    if (existing != null) LOG.info("Corpus changed since the index was built: rebuilding in the background");
    // The index being served (if any) stays visible in the status while the new one builds.
    state = new State(Status.STARTING, "starting", null, existing, locations, current != null);
    startBuild(data, sources, fingerprint, locations, existing == null ? -1 : existing.laws());
  }

  private void startBuild(Path data, List<CorpusSource> sources, String fingerprint, List<String> locations, int expected) {
    Path target = data.resolve("indexes").resolve(LocalDateTime.now().format(STAMP));
    state = new State(Status.BUILDING, "building index from " + String.join(";", locations), null,
        state.report(), locations, current != null);
    int threads = config.index().threads() > 0 ? config.index().threads() : Runtime.getRuntime().availableProcessors();
    builder = new Thread(() -> {
      try {
        LOG.infof("Building index into %s from %s", target, locations);
        IndexBuilder.Report r = new IndexBuilder(threads, config.index().ramBufferMb(),
            metas -> Citations.resolver(metas, referenceData()))
            .build(sources, fingerprint, target, expected, p -> {
              state = new State(Status.BUILDING, "building index", p, state.report(), locations, current != null);
              LOG.infof("Indexing: %d%s laws, %.1f laws/s, %ds", p.lawsDone(),
                  p.lawsTotal() > 0 ? " / " + p.lawsTotal() : "", p.lawsPerSecond(), p.elapsed().toSeconds());
            });
        LawIndex idx = LawIndex.open(target);
        writeCurrent(data, target);
        retire(swapIn(idx));
        LOG.infof("Index built in %.1f s: %d laws, %d articles, %d provisions, %d reference links (%.1f s), %d problems%s",
            r.elapsed().toMillis() / 1000.0, r.laws(), r.articles(), r.provisions(), r.links(),
            r.linkPass().toMillis() / 1000.0, r.problems().size(),
            r.problems().isEmpty() ? "" : " (see GET /api/index)");
        for (IndexBuilder.Problem p : r.problems()) LOG.warnf("Not indexed: %s: %s", p.source(), p.reason());
        state = new State(Status.READY, "index built", null, r, locations, true);
      } catch (IOException | RuntimeException e) {
        LOG.error("Index build failed", e);
        deleteTree(target);
        state = new State(current != null ? Status.READY : Status.FAILED, "index build failed: " + e.getMessage()
            + (current != null ? "; serving the previous index" : ""), null, state.report(), locations, current != null);
      }
    }, "index-build");
    builder.setDaemon(true);
    builder.start();
  }

  /**
   * Reads every index file against its checksum. Opening only checks headers and footers, so a
   * file damaged in the middle (disk error, partial copy) would otherwise be served; a damaged
   * index is closed and reported, and the caller rebuilds.
   */
  private static void verify(LawIndex idx) throws IOException {
    try {
      for (org.apache.lucene.index.LeafReaderContext c : idx.reader().leaves()) {
        if (c.reader() instanceof org.apache.lucene.index.CodecReader cr) cr.checkIntegrity();
      }
    } catch (IOException | RuntimeException e) {
      try {
        idx.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Installs a newly opened index; returns the one it replaced (still open), if any. */
  private LawIndex swapIn(LawIndex idx) {
    LawIndex old = current;
    current = idx;
    services.install(idx, config.search().cacheSize(), referenceData());
    return old;
  }

  /** How long a replaced index stays open for the requests that started on it. */
  static final long RETIRE_AFTER_SECONDS = 60;

  /**
   * Closes and deletes a replaced index once the requests already running on it are done.
   * Closing it at the swap made a search in flight fail (AlreadyClosedException, a 500); no
   * request runs anywhere near a minute.
   */
  private static void retire(LawIndex old) {
    if (old == null) return;
    CompletableFuture.runAsync(() -> {
      Path dir = old.directoryPath();
      try {
        old.close();
      } catch (IOException e) {
        LOG.warn("closing old index: " + e);
      }
      deleteTree(dir);
      LOG.info("Removed the replaced index " + dir.getFileName());
    }, CompletableFuture.delayedExecutor(RETIRE_AFTER_SECONDS, java.util.concurrent.TimeUnit.SECONDS));
  }

  /** The loaded reference data; without it citations still resolve titles, just no abbreviations or English. */
  private Citations.Reference referenceData() {
    try {
      return reference.join();
    } catch (RuntimeException e) {
      LOG.error("Reference data (glossary, abbreviations) could not be loaded; citations use law titles only", e);
      return Citations.Reference.none();
    }
  }

  public Optional<LawIndex> index() {
    return Optional.ofNullable(current);
  }

  private CorpusSpec corpusSpec() {
    return config.corpus().locations().filter(s -> !s.isBlank()).map(CorpusSpec::parse)
        .orElseGet(() -> CorpusSpec.defaults(corpusRoot()));
  }

  /** Glossary and translations: lawimpact.reference.root, else the corpus root. */
  private Path referenceRoot() {
    return config.reference().root().filter(s -> !s.isBlank()).map(Path::of).orElseGet(this::corpusRoot);
  }

  private Path corpusRoot() {
    return config.corpus().root().filter(s -> !s.isBlank()).map(Path::of).orElseGet(CorpusLoader::defaultRoot);
  }

  private static Optional<Path> readCurrent(Path data) {
    Path f = data.resolve("CURRENT");
    try {
      if (!Files.exists(f)) return Optional.empty();
      String name = Files.readString(f, StandardCharsets.UTF_8).strip();
      Path dir = data.resolve("indexes").resolve(name);
      return name.isEmpty() || !Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir);
    } catch (IOException e) {
      LOG.warn("cannot read " + f + ": " + e);
      return Optional.empty();
    }
  }

  private static void writeCurrent(Path data, Path indexDir) throws IOException {
    Path tmp = data.resolve("CURRENT.tmp");
    Files.writeString(tmp, indexDir.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, data.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Index directories not named by CURRENT are unfinished or superseded builds. */
  private static void deleteLeftovers(Path data, Optional<Path> keep) {
    try (Stream<Path> dirs = Files.list(data.resolve("indexes"))) {
      dirs.filter(d -> keep.map(k -> !k.equals(d)).orElse(true)).forEach(d -> {
        LOG.info("Removing unfinished or old index " + d.getFileName());
        deleteTree(d);
      });
    } catch (IOException e) {
      LOG.warn("cannot list indexes: " + e);
    }
  }

  static void deleteTree(Path p) {
    if (p == null || !Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(x -> {
        try {
          Files.deleteIfExists(x);
        } catch (IOException e) {
          LOG.warn("cannot delete " + x + ": " + e);
        }
      });
    } catch (IOException e) {
      LOG.warn("cannot delete " + p + ": " + e);
    }
  }
}
