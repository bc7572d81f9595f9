package dev.lawimpact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawimpact.bench.QuerySet.BenchQuery;
import dev.lawimpact.corpus.CorpusEntry;
import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusProblem;
import dev.lawimpact.corpus.CorpusSource;
import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.corpus.CorpusVisitor;
import dev.lawimpact.indexing.IndexBuilder;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.QueryBuilder;
import dev.lawimpact.search.SearchResult;
import dev.lawimpact.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark harness (measures, never asserts). Run with the test classpath, not through surefire:
 *
 * <pre>
 *   java -Xmx1g -cp target/test-classes:target/classes:$(cat cp.txt) dev.lawimpact.bench.Benchmarks SUBCOMMAND [--opt value …]
 *
 *   build  --out DIR [--corpus ROOT | --locations 'a;b'] [--runs 2] [--threads 0] [--ram-buffer-mb 128] [--keep false]
 *   lucene --index DIR (a data dir with CURRENT, or an index dir) [--warmup 20] [--rounds 60]
 *   http   --url http://127.0.0.1:18080 [--label TEXT] [--tag http] [--concurrency 1,16] [--duration 20]
 *          [--warmup 10] [--server-pid PID (server CPU per request from /proc)]
 *   queries   (prints the query set)
 *
 *   all: [--summary FILE] appends key figures as key=value lines (bench/run.sh's summary table)
 * </pre>
 *
 * Every subcommand prints Markdown (headings + tables) on stdout, ready to paste; progress goes to stderr.
 */
public final class Benchmarks {

  private static final PrintStream OUT = System.out;
  private static final PrintStream LOG = System.err;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Key figures for bench/run.sh's summary table (--summary FILE appends key=value lines). */
  private static final Map<String, String> SUMMARY = new java.util.LinkedHashMap<>();

  private Benchmarks() {}

  private static void figure(String key, Object value) {
    SUMMARY.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value));
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      System.exit(2);
    }
    Map<String, String> opts = options(Arrays.copyOfRange(args, 1, args.length));
    switch (args[0]) {
      case "build" -> build(opts);
      case "lucene" -> lucene(opts);
      case "links" -> links(opts);
      case "http" -> http(opts);
      case "queries" -> queries();
      default -> {
        usage();
        System.exit(2);
      }
    }
    String summary = opts.get("summary");
    if (summary != null && !SUMMARY.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      SUMMARY.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
      Files.writeString(Path.of(summary), sb, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  private static void usage() {
    LOG.println("usage: Benchmarks build|lucene|http|queries [--option value …] (see the class comment or bench/README.md)");
  }

  private static Map<String, String> options(String[] a) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      if (!a[i].startsWith("--")) throw new IllegalArgumentException("expected --option, got " + a[i]);
      String key = a[i].substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) {
        m.put(key.substring(0, eq), key.substring(eq + 1));
      } else {
        if (i + 1 >= a.length) throw new IllegalArgumentException("--" + key + " needs a value");
        m.put(key, a[++i]);
      }
    }
    return m;
  }

  private static String opt(Map<String, String> o, String key, String def) {
    String v = o.get(key);
    if (v == null && def == null) throw new IllegalArgumentException("--" + key + " is required");
    return v == null ? def : v;
  }

  private static String f1(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String f2(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String mb(long bytes) {
    return f1(bytes / 1048576.0);
  }

  private static String now() {
    return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
  }

  // ---------------------------------------------------------------------------------------------
  // queries

  private static void queries() {
    OUT.println("### Query set " + QuerySet.VERSION + " (" + QuerySet.all().size() + " queries, limit " + QuerySet.LIMIT + ")");
    OUT.println();
    OUT.println("| id | kind | query |");
    OUT.println("|---|---|---|");
    for (BenchQuery q : QuerySet.all()) OUT.println("| " + q.id() + " | " + q.kind() + " | " + q.display() + " |");
    OUT.println();
  }

  // ---------------------------------------------------------------------------------------------
  // build

  private static void build(Map<String, String> o) throws Exception {
    CorpusSpec spec = o.containsKey("locations") ? CorpusSpec.parse(o.get("locations"))
        : CorpusSpec.defaults(Path.of(opt(o, "corpus", CorpusLoader.defaultRoot().toString())));
    if (spec.locations().isEmpty()) throw new IllegalArgumentException("no corpus found (use --corpus ROOT or --locations)");
    Path out = Path.of(opt(o, "out", null)).toAbsolutePath();
    int runs = Integer.parseInt(opt(o, "runs", "2"));
    int threadsOpt = Integer.parseInt(opt(o, "threads", "0"));
    int threads = threadsOpt > 0 ? threadsOpt : Runtime.getRuntime().availableProcessors();
    double ramMb = Double.parseDouble(opt(o, "ram-buffer-mb", "128"));
    boolean keep = Boolean.parseBoolean(opt(o, "keep", "false"));

    // Corpus input: compressed size on disk, and one read-only pass (decompression + member
    // selection, no parsing) so the build time can be split into "reading" and the rest.
    long onDisk = 0;
    for (String loc : spec.locations()) onDisk += sizeOf(Path.of(loc));
    LOG.println("[build] reading the corpus once (no indexing) …");
    long[] read = new long[2];
    long r0 = System.nanoTime();
    CorpusLoader.load(spec.open(), new CorpusVisitor() {
      @Override
      public void entry(CorpusEntry e) {
        read[0]++;
        read[1] += e.size();
      }

      @Override
      public void problem(CorpusProblem p) {}
    });
    double readSecs = (System.nanoTime() - r0) / 1e9;

    OUT.println("### Index build (in-process IndexBuilder, " + now() + ")");
    OUT.println();
    OUT.println("- corpus: `" + spec + "` — " + mb(onDisk) + " MB on disk, " + read[0] + " laws, "
        + mb(read[1]) + " MB of XML (uncompressed)");
    OUT.println("- read-only pass (decompress + select members, no parsing/indexing): " + f2(readSecs) + " s ("
        + f1(read[1] / 1048576.0 / readSecs) + " MB/s)");
    OUT.println("- IndexBuilder threads " + threads + ", RAM buffer " + f1(ramMb) + " MB, JVM max heap "
        + mb(Runtime.getRuntime().maxMemory()) + " MB, " + Runtime.getRuntime().availableProcessors() + " CPUs");
    OUT.println();
    OUT.println("| run | wall s | laws | laws/s | XML MB/s | articles | provisions | Lucene docs | segments | index MB "
        + "| CPU s (cores busy) | GC s | peak heap used MB | problems |");
    OUT.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    Files.createDirectories(out);
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      Path dir = out.resolve("run-" + run);
      deleteTree(dir);
      List<CorpusSource> sources = spec.open();
      String fingerprint = CorpusLoader.fingerprint(sources);
      System.gc();
      HeapWatch heap = HeapWatch.start();
      long cpu0 = processCpuNanos();
      long gc0 = gcMillis();
      LOG.println("[build] run " + run + "/" + runs + " into " + dir + " …");
      long t0 = System.nanoTime();
      // As the service builds: provisions, then the reference-link pass (reference data beside the corpus).
      var reference = dev.lawimpact.app.Citations.Reference.load(Path.of(opt(o, "corpus", CorpusLoader.defaultRoot().toString())));
      IndexBuilder.Report report = new IndexBuilder(threads, ramMb, metas -> dev.lawimpact.app.Citations.resolver(metas, reference))
          .build(sources, fingerprint, dir, read[0] > 0 ? (int) read[0] : -1, null);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      double gc = (gcMillis() - gc0) / 1e3;
      heap.stop();
      walls.add(wall);
      cpus.add(cpu);
      figure("build.run" + run + ".peak_heap_mb", heap.peakUsed / 1048576.0);
      figure("build.run" + run + ".cpu_s", cpu);
      int maxDoc;
      int segments;
      try (var d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
        maxDoc = r.maxDoc();
        segments = r.leaves().size();
      }
      long size = sizeOf(dir);
      OUT.println("| " + run + " | " + f1(wall) + " | " + report.laws() + " | " + f1(report.laws() / wall) + " | "
          + f2(read[1] / 1048576.0 / wall) + " | " + report.articles() + " | " + report.provisions() + " | " + maxDoc
          + " | " + segments + " | " + mb(size) + " | " + f1(cpu) + " (" + f2(cpu / wall) + ") | " + f1(gc) + " | "
          + mb(heap.peakUsed) + " | " + report.problems().size() + " |");
      OUT.println();
      OUT.println("run " + run + ": of which the reference-link pass " + f1(report.linkPass().toMillis() / 1000.0) + " s, "
          + report.links() + " link documents");
      OUT.println();
      OUT.flush();
      if (!keep) deleteTree(dir);
    }
    double best = walls.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    figure("build.best_wall_s", best);
    figure("build.min_cpu_s", cpus.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
    figure("build.read_only_s", readSecs);
    figure("build.laws", read[0]);
    figure("build.xml_mb", read[1] / 1048576.0);
    OUT.println();
    OUT.println("Best wall time " + f1(best) + " s (target ≤ 60 s on the 2-core machine). CPU s is the process CPU time "
        + "of the build (all threads, GC included): on an otherwise idle machine the wall time cannot go below CPU s ÷ "
        + Runtime.getRuntime().availableProcessors() + ". \"peak heap used\" is sampled every 10 ms and includes garbage.");
    OUT.println();
  }

  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
  }

  private static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) t += Math.max(0, g.getCollectionTime());
    return t;
  }

  /**
   * Peak heap occupancy, sampled every 10 ms (includes garbage not yet collected). For the live
   * data, run with -Xlog:gc and read the heap after the Remark pauses (bench/run.sh does).
   */
  private static final class HeapWatch {
    volatile long peakUsed;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
      sampler = new Thread(() -> {
        while (running) {
          long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
          if (used > peakUsed) peakUsed = used;
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      sampler.setDaemon(true);
    }

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      w.sampler.start();
      return w;
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // lucene (in-process)

  private static final String[] MODES = {"raw-search", "raw-parse+search", "service-nocache", "service-cache"};

  /**
   * Link look-ups in-process (issue 3 target: p99 ≤ 5 ms): for a fixed-seed sample of provisions that
   * have references, the outgoing and the incoming page (limit 50), timed after a warm-up.
   */
  private static void links(Map<String, String> o) throws Exception {
    Path dir = resolveIndexDir(Path.of(opt(o, "index", null)));
    int sample = Integer.parseInt(opt(o, "sample", "300"));
    try (LawIndex index = LawIndex.open(dir)) {
      var service = new dev.lawimpact.search.LinkService(index);
      var s = index.searcher();
      var all = s.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
          dev.lawimpact.indexing.Fields.DOC_TYPE, "link")), index.reader().maxDoc());
      java.util.Random rnd = new java.util.Random(20261125L);
      List<String> sources = new ArrayList<>();
      for (int i = 0; i < sample && all.scoreDocs.length > 0; i++) {
        var d = s.storedFields().document(all.scoreDocs[rnd.nextInt(all.scoreDocs.length)].doc);
        String t = d.get(dev.lawimpact.indexing.Fields.LINK_TARGET);
        sources.add(t != null && t.contains("/") ? t : d.get(dev.lawimpact.indexing.Fields.LINK_SOURCE));
      }
      Stats out = new Stats();
      Stats in = new Stats();
      for (int round = 0; round < 3; round++) {
        for (String p : sources) {
          int slash = p.indexOf('/');
          String law = p.substring(0, slash);
          String local = p.substring(slash + 1);
          long t0 = System.nanoTime();
          service.links(law, local, "out", 50, 0);
          long t1 = System.nanoTime();
          service.links(law, local, "in", 50, 0);
          long t2 = System.nanoTime();
          if (round > 0) {
            out.add(t1 - t0);
            in.add(t2 - t1);
          }
        }
      }
      OUT.println("### Link look-ups in-process (" + sources.size() + " provisions, fixed seed, 2 timed rounds after 1 warm-up)");
      OUT.println();
      OUT.println("| direction | count | p50 ms | p95 ms | p99 ms | max ms |");
      OUT.println("|---|---|---|---|---|---|");
      for (var e : List.of(Map.entry("out", out), Map.entry("in", in))) {
        Stats.Summary x = e.getValue().summary();
        OUT.println("| " + e.getKey() + " | " + x.count() + " | " + Stats.fmt(x.p50()) + " | " + Stats.fmt(x.p95()) + " | "
            + Stats.fmt(x.p99()) + " | " + Stats.fmt(x.max()) + " |");
      }
      OUT.println();
    }
  }

  private static void lucene(Map<String, String> o) throws Exception {
    Path dir = resolveIndexDir(Path.of(opt(o, "index", null)));
    int warmup = Integer.parseInt(opt(o, "warmup", "20"));
    int rounds = Integer.parseInt(opt(o, "rounds", "60"));
    List<BenchQuery> qs = QuerySet.all();
    try (LawIndex index = LawIndex.open(dir)) {
      QueryBuilder builder = new QueryBuilder();
      // Same citation reader as the service (reference data beside the corpus root).
      var citations = dev.lawimpact.app.Citations.build(index,
          dev.lawimpact.app.Citations.Reference.load(Path.of(opt(o, "corpus", CorpusLoader.defaultRoot().toString()))));
      SearchService noCache = new SearchService(index, 0, citations);
      SearchService cached = new SearchService(index, 2048, citations);
      var searcher = index.searcher();

      // Validation pass: what each query matches, and which ones fail in which mode.
      int nq = qs.size();
      Query[] built = new Query[nq];
      String[] rawHits = new String[nq];
      String[] svcTotal = new String[nq];
      String[] notes = new String[nq];
      for (int i = 0; i < nq; i++) {
        BenchQuery q = qs.get(i);
        List<String> note = new ArrayList<>();
        try {
          built[i] = builder.build(q.q());
          TopDocs td = searcher.search(built[i], QuerySet.LIMIT);
          rawHits[i] = (td.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO ? "≥" : "") + td.totalHits.value;
        } catch (RuntimeException e) {
          rawHits[i] = "error";
          note.add("QueryBuilder: " + oneLine(e));
        }
        try {
          SearchResult r = noCache.search(q.request());
          svcTotal[i] = r.total() + " (" + r.hits().size() + " shown)";
          if (r.citation() != null) note.add("citation " + r.citation().status());
        } catch (RuntimeException e) {
          svcTotal[i] = "error";
          note.add("service: " + oneLine(e));
        }
        notes[i] = String.join("; ", note);
      }

      Stats[][] perQuery = new Stats[MODES.length][nq];
      for (Stats[] row : perQuery) for (int i = 0; i < nq; i++) row[i] = new Stats(rounds + 1);
      long blackhole = 0;
      long[] cpuNanos = new long[MODES.length];
      long[] allocBytes = new long[MODES.length];
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      LOG.println("[lucene] " + warmup + " warm-up rounds + " + rounds + " timed rounds × " + nq + " queries × "
          + MODES.length + " modes …");
      for (int round = -warmup; round < rounds; round++) {
        boolean timed = round >= 0;
        for (int i = 0; i < nq; i++) {
          BenchQuery q = qs.get(i);
          for (int k = 0; k < MODES.length; k++) {
            // rotate the order per round so no mode always runs first on a cold CPU cache
            int m = Math.floorMod(round + k, MODES.length);
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try {
              switch (m) {
                case 0 -> {
                  if (built[i] == null) continue;
                  blackhole += searcher.search(built[i], QuerySet.LIMIT).scoreDocs.length;
                }
                case 1 -> {
                  if (built[i] == null) continue;
                  blackhole += searcher.search(builder.build(q.q()), QuerySet.LIMIT).scoreDocs.length;
                }
                case 2 -> blackhole += noCache.search(q.request()).hits().size();
                default -> blackhole += cached.search(q.request()).hits().size();
              }
            } catch (RuntimeException e) {
              continue; // reported by the validation pass
            }
            long t = System.nanoTime() - t0;
            long c = threads.getCurrentThreadCpuTime() - c0;
            long a = threads.getCurrentThreadAllocatedBytes() - a0;
            if (timed) {
              perQuery[m][i].add(t);
              cpuNanos[m] += c;
              allocBytes[m] += a;
            }
          }
        }
      }

      Stats.Summary[] overall = new Stats.Summary[MODES.length];
      double[] cpuMs = new double[MODES.length];
      double[] allocKb = new double[MODES.length];
      for (int m = 0; m < MODES.length; m++) {
        Stats all = new Stats(rounds * nq);
        for (Stats s : perQuery[m]) all.addAll(s);
        overall[m] = all.summary();
        cpuMs[m] = all.count() == 0 ? Double.NaN : cpuNanos[m] / 1e6 / all.count();
        allocKb[m] = all.count() == 0 ? Double.NaN : allocBytes[m] / 1024.0 / all.count();
      }
      OUT.println("### In-process search latency (" + now() + ")");
      OUT.println();
      OUT.println("- index: `" + dir + "` — " + index.report().laws() + " laws, " + index.reader().maxDoc() + " Lucene docs, "
          + index.reader().leaves().size() + " segments; query set " + QuerySet.VERSION + " (" + nq + " queries, limit "
          + QuerySet.LIMIT + "); " + warmup + " warm-up + " + rounds + " timed rounds, modes interleaved per query (order rotated every round), one thread");
      OUT.println("- raw-search = `IndexSearcher.search(QueryBuilder.build(q), 10)` with the query built beforehand; "
          + "raw-parse+search = the same including `QueryBuilder.build` (Kuromoji + bigram analysis); "
          + "service-nocache = `new SearchService(index, 0, citations).search(request)` (filters, boosts, exhaustive counting for facets, "
          + "collapse by unit, stored fields, highlighting); service-cache = the same with the 2048-entry result cache "
          + "(every timed call is a cache hit). raw-* ignore the lawType filter. mean CPU = the measuring thread's CPU time "
          + "per call (GC threads excluded): unlike the latencies it hardly depends on how busy the machine is; allocated "
          + "KB/call = heap bytes the thread allocated per call (garbage the GC must collect).");
      OUT.println();
      OUT.println("| mode | samples | p50 ms | p95 ms | p99 ms | max ms | mean ms | mean CPU ms | allocated KB/call "
          + "| p50 vs raw-search | p99 vs raw-search | mean CPU vs raw-search |");
      OUT.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
      for (int m = 0; m < MODES.length; m++) {
        Stats.Summary s = overall[m];
        OUT.println("| " + MODES[m] + " | " + s.count() + " | " + Stats.fmt(s.p50()) + " | " + Stats.fmt(s.p95()) + " | "
            + Stats.fmt(s.p99()) + " | " + Stats.fmt(s.max()) + " | " + Stats.fmt(s.mean()) + " | " + Stats.fmt(cpuMs[m])
            + " | " + String.format(Locale.ROOT, "%.0f", allocKb[m]) + " | " + Stats.ratio(s.p50(), overall[0].p50()) + " | " + Stats.ratio(s.p99(), overall[0].p99()) + " | "
            + Stats.ratio(cpuMs[m], cpuMs[0]) + " |");
      }
      OUT.println();
      for (int m = 0; m < MODES.length; m++) {
        figure("lucene." + MODES[m] + ".p50", overall[m].p50());
        figure("lucene." + MODES[m] + ".p95", overall[m].p95());
        figure("lucene." + MODES[m] + ".p99", overall[m].p99());
        figure("lucene." + MODES[m] + ".cpu_ms", cpuMs[m]);
        figure("lucene." + MODES[m] + ".alloc_kb", allocKb[m]);
      }
      OUT.println("Service-layer cost (cache disabled): p50 " + Stats.ratio(overall[2].p50(), overall[0].p50())
          + ", p95 " + Stats.ratio(overall[2].p95(), overall[0].p95()) + ", p99 " + Stats.ratio(overall[2].p99(), overall[0].p99())
          + ", mean " + Stats.ratio(overall[2].mean(), overall[0].mean()) + " of raw Lucene.");
      OUT.println();
      OUT.println("#### Per query (p50 / p99 in ms)");
      OUT.println();
      OUT.println("| id | query | raw hits | service total | raw p50 | raw+parse p50 | service p50 | service p99 | service/raw p50 | note |");
      OUT.println("|---|---|---|---|---|---|---|---|---|---|");
      for (int i = 0; i < nq; i++) {
        Stats.Summary raw = perQuery[0][i].summary();
        Stats.Summary parse = perQuery[1][i].summary();
        Stats.Summary svc = perQuery[2][i].summary();
        OUT.println("| " + qs.get(i).id() + " | " + qs.get(i).display() + " | " + rawHits[i] + " | " + svcTotal[i] + " | "
            + Stats.fmt(raw.p50()) + " | " + Stats.fmt(parse.p50()) + " | " + Stats.fmt(svc.p50()) + " | "
            + Stats.fmt(svc.p99()) + " | " + Stats.ratio(svc.p50(), raw.p50()) + " | " + notes[i].replace("|", "\\|") + " |");
      }
      OUT.println();
      LOG.println("[lucene] blackhole " + blackhole);
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** A service data dir (with CURRENT naming indexes/NAME) or an index directory itself. */
  static Path resolveIndexDir(Path p) throws IOException {
    Path current = p.resolve("CURRENT");
    if (Files.isRegularFile(current)) return p.resolve("indexes").resolve(Files.readString(current, StandardCharsets.UTF_8).strip());
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // http

  private static void http(Map<String, String> o) throws Exception {
    String base = opt(o, "url", "http://127.0.0.1:18080").replaceAll("/+$", "");
    String label = opt(o, "label", "");
    String tag = opt(o, "tag", "http");
    long serverPid = Long.parseLong(opt(o, "server-pid", "0"));
    int[] levels = Arrays.stream(opt(o, "concurrency", "1,16").split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    double duration = Double.parseDouble(opt(o, "duration", "20"));
    double warmup = Double.parseDouble(opt(o, "warmup", "10"));
    List<BenchQuery> qs = QuerySet.all();
    int nq = qs.size();
    int maxLevel = Arrays.stream(levels).max().orElse(1);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest[] requests = new HttpRequest[nq];
    for (int i = 0; i < nq; i++) {
      requests[i] = HttpRequest.newBuilder(URI.create(base + "/api/search?" + qs.get(i).httpQuery()))
          .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
    }

    // Index status and one validation call per query.
    String indexInfo = "";
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/index")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode rep = JSON.readTree(r.body()).path("report");
      indexInfo = rep.path("laws").asText("?") + " laws, " + rep.path("articles").asText("?") + " articles, "
          + rep.path("provisions").asText("?") + " provisions";
    } catch (IOException | RuntimeException e) {
      indexInfo = "(GET /api/index failed: " + oneLine(e) + ")";
    }
    String[] status = new String[nq];
    for (int i = 0; i < nq; i++) {
      try {
        HttpResponse<byte[]> r = client.send(requests[i], HttpResponse.BodyHandlers.ofByteArray());
        String s = r.statusCode() + ", " + r.body().length + " B";
        if (r.statusCode() == 200) {
          JsonNode n = JSON.readTree(r.body());
          s += ", total " + n.path("total").asText() + ", " + n.path("hits").size() + " hits";
          if (!n.path("citation").isMissingNode() && !n.path("citation").isNull()) s += ", citation " + n.path("citation").path("status").asText();
        } else {
          String body = new String(r.body(), StandardCharsets.UTF_8);
          s += ": " + (body.length() > 120 ? body.substring(0, 120) + "…" : body).replace("\n", " ");
        }
        status[i] = s;
      } catch (IOException | RuntimeException e) {
        status[i] = "error: " + oneLine(e);
      }
    }

    // Warm-up: two thirds at one client, so that the JIT compiler threads get CPU (at 16 clients on 2
    // cores they are starved and catch up during the next level, doubling its CPU per request),
    // then one third at the highest level (connections, worker threads, heap sizing).
    LOG.println("[http] " + label + ": warm-up " + warmup + " s (2/3 at 1 client, 1/3 at " + maxLevel + ") …");
    if (warmup > 0) {
      closedLoop(client, requests, 1, warmup * 2 / 3, serverPid);
      closedLoop(client, requests, maxLevel, warmup / 3, serverPid);
    }
    List<LevelResult> results = new ArrayList<>();
    for (int c : levels) {
      LOG.println("[http] " + label + ": " + c + " client(s) for " + duration + " s …");
      results.add(closedLoop(client, requests, c, duration, serverPid));
    }

    OUT.println("### HTTP search latency — " + (label.isEmpty() ? base : label) + " (" + now() + ")");
    OUT.println();
    OUT.println("- service `" + base + "` (" + indexInfo + "); GET /api/search?q=…&limit=" + QuerySet.LIMIT + ", query set "
        + QuerySet.VERSION + " (" + nq + " queries) in a closed loop: each client sends the next query as soon as the "
        + "previous response body has been read; clients start at different queries. java.net.http.HttpClient (HTTP/1.1, "
        + "keep-alive), client and server on the same 2-core machine. Warm-up " + f1(warmup) + " s (not recorded; 2/3 at 1 "
        + "client so the JIT is not starved, 1/3 at " + maxLevel + " clients), then " + f1(duration) + " s per level. CPU ms/req = process CPU time (user + system, "
        + "all threads, GC included) during the level ÷ requests: server from /proc/PID/stat, client = the harness JVM. "
        + "They do not depend on how busy the machine is, and bound the throughput on 2 idle cores: ≈ 2000 ÷ (server + client "
        + "CPU ms/req) req/s.");
    OUT.println();
    OUT.println("| clients | requests | throughput req/s | p50 ms | p95 ms | p99 ms | max ms | mean ms | errors | non-200 "
        + "| server CPU ms/req | client CPU ms/req |");
    OUT.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (LevelResult r : results) {
      Stats.Summary s = r.all.summary();
      String k = tag + ".c" + r.clients + ".";
      figure(k + "p50", s.p50());
      figure(k + "p95", s.p95());
      figure(k + "p99", s.p99());
      figure(k + "rps", s.count() / r.seconds);
      figure(k + "errors", r.errors + r.non200);
      double serverCpu = r.serverCpuNanos < 0 || s.count() == 0 ? Double.NaN : r.serverCpuNanos / 1e6 / s.count();
      double clientCpu = s.count() == 0 ? Double.NaN : r.clientCpuNanos / 1e6 / s.count();
      if (!Double.isNaN(serverCpu)) figure(k + "server_cpu_ms", serverCpu);
      figure(k + "client_cpu_ms", clientCpu);
      OUT.println("| " + r.clients + " | " + s.count() + " | " + f1(s.count() / r.seconds) + " | " + Stats.fmt(s.p50()) + " | "
          + Stats.fmt(s.p95()) + " | " + Stats.fmt(s.p99()) + " | " + Stats.fmt(s.max()) + " | " + Stats.fmt(s.mean()) + " | "
          + r.errors + " | " + r.non200 + " | " + Stats.fmt(serverCpu) + " | " + Stats.fmt(clientCpu) + " |");
    }
    OUT.println();
    OUT.println("#### Per query (ms; " + String.join(" / ", Arrays.stream(levels).mapToObj(c -> c + " client" + (c == 1 ? "" : "s")).toList())
        + ")");
    OUT.println();
    StringBuilder head = new StringBuilder("| id | query |");
    StringBuilder sep = new StringBuilder("|---|---|");
    for (int c : levels) {
      head.append(" p50 @").append(c).append(" | p99 @").append(c).append(" |");
      sep.append("---|---|");
    }
    head.append(" first response |");
    sep.append("---|");
    OUT.println(head);
    OUT.println(sep);
    for (int i = 0; i < nq; i++) {
      StringBuilder row = new StringBuilder("| " + qs.get(i).id() + " | " + qs.get(i).display() + " |");
      for (LevelResult r : results) {
        Stats.Summary s = r.perQuery[i].summary();
        row.append(' ').append(Stats.fmt(s.p50())).append(" | ").append(Stats.fmt(s.p99())).append(" |");
      }
      row.append(' ').append(status[i].replace("|", "\\|")).append(" |");
      OUT.println(row);
    }
    OUT.println();
    OUT.flush();
  }

  private record LevelResult(int clients, double seconds, Stats all, Stats[] perQuery, long errors, long non200,
      long serverCpuNanos, long clientCpuNanos) {}

  /** CPU time (user + system) of another process from /proc/PID/stat, assuming 100 clock ticks/s; -1 when unknown. */
  static long processCpuNanos(long pid) {
    if (pid <= 0) return -1;
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime, stime (fields 14, 15)
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static LevelResult closedLoop(HttpClient client, HttpRequest[] requests, int clients, double seconds,
      long serverPid) throws Exception {
    int nq = requests.length;
    ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("bench-client"));
    AtomicLong errors = new AtomicLong();
    AtomicLong non200 = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    long[] deadline = new long[1];
    List<Future<Stats[]>> futures = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      int first = (int) ((long) t * nq / clients);
      futures.add(pool.submit(() -> {
        Stats[] per = new Stats[nq];
        for (int i = 0; i < nq; i++) per[i] = new Stats(256);
        go.await();
        int i = first;
        while (System.nanoTime() < deadline[0]) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(requests[i], HttpResponse.BodyHandlers.ofByteArray());
            long dt = System.nanoTime() - t0;
            per[i].add(dt);
            if (r.statusCode() != 200) non200.incrementAndGet();
          } catch (IOException e) {
            errors.incrementAndGet();
          }
          i = (i + 1) % nq;
        }
        return per;
      }));
    }
    long server0 = processCpuNanos(serverPid);
    long client0 = processCpuNanos();
    long start = System.nanoTime();
    deadline[0] = start + (long) (seconds * 1e9);
    go.countDown();
    Stats all = new Stats(100_000);
    Stats[] perQuery = new Stats[nq];
    for (int i = 0; i < nq; i++) perQuery[i] = new Stats(256);
    for (Future<Stats[]> f : futures) {
      Stats[] per = f.get();
      for (int i = 0; i < nq; i++) {
        perQuery[i].addAll(per[i]);
        all.addAll(per[i]);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long server1 = processCpuNanos(serverPid);
    long client1 = processCpuNanos();
    pool.shutdown();
    return new LevelResult(clients, elapsed, all, perQuery, errors.get(), non200.get(),
        server0 < 0 || server1 < 0 ? -1 : server1 - server0, client1 - client0);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // files

  private static long sizeOf(Path p) throws IOException {
    if (!Files.exists(p)) return 0;
    if (Files.isRegularFile(p)) return Files.size(p);
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).mapToLong(x -> {
        try {
          return Files.size(x);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    }
  }
}
