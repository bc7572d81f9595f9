package dev.lawimpact.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.corpus.CorpusEntry;
import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusProblem;
import dev.lawimpact.corpus.CorpusSource;
import dev.lawimpact.corpus.CorpusVisitor;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a fresh index from corpus sources: one thread streams the archives, worker threads parse
 * the XML and add documents (IndexWriter is thread-safe and gives each thread its own segment
 * buffer), so decompression, parsing and analysis overlap on both cores. A file that cannot be
 * read is recorded as a problem and skipped; it never stops the build.
 *
 * <p>With a law-name resolver factory, a second pass adds the cross-reference graph: references
 * to other laws can only be resolved once every law's title is known, so the corpus is read again
 * after the provisions are indexed, and each law's references become link documents.
 */
public final class IndexBuilder {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final CorpusEntry POISON = new CorpusEntry("321CONSTITUTION", "", "", new byte[0]);

  /** Where a build stands, for logs and the UI. lawsTotal is -1 while unknown. */
  public record Progress(int lawsDone, int lawsTotal, double lawsPerSecond, Duration elapsed) {}

  /** A file that could not be used, and why. */
  public record Problem(String source, String reason) {}

  /**
   * What a finished build produced (also stored in the index commit). links is the number of
   * reference mentions stored (0 without the link pass), linkPass its wall time.
   */
  public record Report(int laws, long articles, long provisions, List<Problem> problems, int shadowed,
      Duration elapsed, String fingerprint, Instant builtAt, long links, Duration linkPass) {}

  private final int threads;
  private final double ramBufferMb;
  private final Function<List<LawMeta>, LawTitleResolver> resolvers;

  /** Provisions only, no link pass. */
  public IndexBuilder(int threads, double ramBufferMb) {
    this(threads, ramBufferMb, null);
  }

  /** resolvers: builds the law-name resolver from the catalogue of pass 1; null skips the link pass. */
  public IndexBuilder(int threads, double ramBufferMb, Function<List<LawMeta>, LawTitleResolver> resolvers) {
    this.threads = Math.max(1, threads);
    this.ramBufferMb = ramBufferMb;
    this.resolvers = resolvers;
  }

  /** Work done on each parsed law by a worker thread. */
  private interface LawWork {
    void accept(Law law, String source, Analyzers.PerThread analyzers) throws IOException;
  }

  /**
   * Reads the sources into a new index at {@code dir} (which must be empty or absent) and commits it
   * with the report in the commit's user data. expectedLaws (or -1) only feeds progress reports.
   */
  public Report build(List<? extends CorpusSource> sources, String fingerprint, Path dir, int expectedLaws,
      Consumer<Progress> progress) throws IOException {
    long start = System.nanoTime();
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicLong laws = new AtomicLong();
    AtomicLong articles = new AtomicLong();
    AtomicLong provisions = new AtomicLong();
    List<LawMeta> catalogue = Collections.synchronizedList(new ArrayList<>());
    // Every provision path of pass 1, so the link pass can check targets in other laws.
    Set<String> provisionPaths = resolvers == null ? Set.of() : java.util.concurrent.ConcurrentHashMap.newKeySet();
    IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(ramBufferMb)
        .setUseCompoundFile(false)
        .setCommitOnClose(false);
    ((ConcurrentMergeScheduler) cfg.getMergeScheduler()).setMaxMergesAndThreads(2, 1);
    AtomicInteger total = new AtomicInteger(expectedLaws);
    if (expectedLaws < 0) countInBackground(sources, total);
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, cfg)) {
      CorpusLoader.Summary summary = parallel(sources, null, problems, writer, (law, source, an) -> {
        ProvisionDocuments.Counts[] c = new ProvisionDocuments.Counts[1];
        writer.addDocuments(ProvisionDocuments.of(law, source, an.kuromoji(), an.bigram(), c));
        catalogue.add(law.meta());
        if (resolvers != null) law.forEachProvision(p -> provisionPaths.add(p.path().toString()));
        articles.addAndGet(c[0].articles());
        provisions.addAndGet(c[0].provisions());
        long done = laws.incrementAndGet();
        if (done % 200 == 0 && progress != null) {
          double secs = (System.nanoTime() - start) / 1e9;
          progress.accept(new Progress((int) done, total.get(), done / secs, Duration.ofNanos(System.nanoTime() - start)));
        }
      });
      long linkStart = System.nanoTime();
      AtomicLong links = new AtomicLong();
      if (resolvers != null) {
        LawTitleResolver titles = resolvers.apply(List.copyOf(catalogue));
        Set<String> indexed = new HashSet<>();
        for (LawMeta m : catalogue) indexed.add(m.lawId().value());
        // Problems were reported by pass 1; pass 2 reads only the laws that made it into the index.
        parallel(sources, indexed, new ArrayList<>(), writer, (law, source, an) -> {
          List<Document> docs = LinkDocuments.of(law, titles, p -> provisionPaths.contains(p.toString()));
          writer.addDocuments(docs);
          links.addAndGet(docs.size());
        });
      }
      Duration linkPass = Duration.ofNanos(System.nanoTime() - linkStart);
      Report report = new Report((int) laws.get(), articles.get(), provisions.get(), List.copyOf(problems),
          summary.shadowed(), Duration.ofNanos(System.nanoTime() - start), fingerprint, Instant.now(), links.get(),
          linkPass);
      writer.setLiveCommitData(commitData(report).entrySet());
      writer.commit();
      if (progress != null) {
        double secs = report.elapsed().toNanos() / 1e9;
        progress.accept(new Progress(report.laws(), report.laws(), report.laws() / secs, report.elapsed()));
      }
      return report;
    }
  }

  /**
   * Streams the sources (only the given law ids, when not null) to worker threads that parse each
   * law and hand it to work. A failure in a worker rolls the writer back and is rethrown.
   */
  private CorpusLoader.Summary parallel(List<? extends CorpusSource> sources, Set<String> only, List<Problem> problems,
      IndexWriter writer, LawWork work) throws IOException {
    BlockingQueue<CorpusEntry> queue = new ArrayBlockingQueue<>(16);
    List<Thread> workers = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        EgovXmlReader reader = new EgovXmlReader();
        Analyzers.PerThread analyzers = new Analyzers.PerThread(Analyzers.kuromoji(), Analyzers.bigram());
        try {
          for (CorpusEntry e = queue.take(); e != POISON; e = queue.take()) {
            ReadResult r = reader.read(e.lawId(), e.origin() + ":" + e.name(), e.content());
            if (r.failed()) {
              r.diagnostics().stream().filter(d -> d.severity() == ReadResult.Severity.ERROR)
                  .forEach(d -> problems.add(new Problem(r.source(), d.message())));
              continue;
            }
            work.accept(r.law(), r.source(), analyzers);
          }
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        } catch (Throwable ex) {
          synchronized (failure) {
            if (failure[0] == null) failure[0] = ex;
          }
          queue.clear();
        }
      }, "index-worker-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    CorpusLoader.Summary summary = CorpusLoader.load(sources, new CorpusVisitor() {
      @Override
      public boolean wants(String lawId) {
        return only == null || only.contains(lawId);
      }

      @Override
      public void entry(CorpusEntry entry) {
        try {
          if (failure[0] == null) queue.put(entry);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void problem(CorpusProblem p) {
        problems.add(new Problem(p.origin() + ":" + p.name(), p.reason()));
      }
    });
    try {
      for (int i = 0; i < threads; i++) queue.put(POISON);
      for (Thread t : workers) t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("index build interrupted", e);
    }
    if (failure[0] != null) {
      writer.rollback();
      throw new IOException("index build failed: " + failure[0], failure[0]);
    }
    return summary;
  }

  /**
   * Counts the laws of the sources on a side thread so that progress can show a total on a first
   * build (a .tar.xz cannot be listed without decompressing it; members are skipped, not copied).
   */
  private static void countInBackground(List<? extends CorpusSource> sources, AtomicInteger total) {
    Thread t = new Thread(() -> {
      Set<String> ids = new HashSet<>();
      CorpusLoader.load(sources, new CorpusVisitor() {
        @Override
        public boolean wants(String lawId) {
          ids.add(lawId);
          return false;
        }

        @Override
        public void entry(CorpusEntry entry) {}

        @Override
        public void problem(CorpusProblem problem) {}
      });
      total.set(ids.size());
    }, "index-count");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  static Map<String, String> commitData(Report r) {
    Map<String, String> m = new HashMap<>();
    m.put("schema", String.valueOf(Fields.SCHEMA_VERSION));
    try {
      m.put("report", JSON.writeValueAsString(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  /** Reads the report back from an index's commit data; null when absent or of another schema. */
  public static Report reportOf(Map<String, String> userData) {
    if (!String.valueOf(Fields.SCHEMA_VERSION).equals(userData.get("schema"))) return null;
    try {
      return JSON.readValue(userData.get("report"), Report.class);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
