package dev.lawimpact.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.app.Citations;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.impact.ImpactAnalyzer;
import dev.lawimpact.impact.ImpactReport;
import dev.lawimpact.search.LawIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Re-measures the impact analyser on the real corpus against regression/expected.tsv:
 * <ul>
 * <li>impact-replay: recall@10, recall@20, precision@10 on the held-out part of the corpus replay
 * (Acts whose 附則 amended other laws; {@link ImpactReplaySet}); minimum values;</li>
 * <li>impact-law / impact-constraint: a law (or constitutional provision) that must be in the
 * first N of the report for one of our outlines in src/test/resources/impact;</li>
 * <li>impact-outline: recall@20 of the outlines of past reforms against the laws really amended.</li>
 * </ul>
 * Measured values are written to target/regression/impact-actual.tsv.
 */
@Tag("corpus")
@Tag("regression")
class ImpactRegressionTest {

  private static LawIndex index;
  private static ImpactAnalyzer analyzer;
  private static LawTitleResolver titles;
  private static final Map<String, String> actual = new TreeMap<>();

  @BeforeAll
  static void open() throws IOException {
    index = CorpusIndex.index();
    Citations.Reference ref = Citations.Reference.load(CorpusIndex.ROOT);
    titles = Citations.resolver(index, ref);
    analyzer = new ImpactAnalyzer(index, titles, ref.glossary());
  }

  static List<String[]> rows(String prefix) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("regression/expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t");
      if (c[0].equals(prefix)) out.add(c);
    }
    return out;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ImpactRegressionTest.class.getResourceAsStream("/impact/" + name)) {
      if (in == null) throw new IOException("no test resource impact/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ImpactReport analyse(String file, int limit) throws IOException {
    return analyzer.analyze(BillReader.read(resource(file), "auto", null, "auto"), new ImpactAnalyzer.Options(limit, null));
  }

  @Test
  void heldOutReplay() throws Exception {
    List<ImpactReplaySet.Case> cases = ImpactReplaySet.load(CorpusIndex.ROOT).stream().filter(ImpactReplaySet.Case::heldOut).toList();
    // two halves in parallel: the analyser is thread-safe and the machine has two cores
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int half = cases.size() / 2;
    Future<ImpactReplay.Scores> a = pool.submit(() -> ImpactReplay.run(index, titles, cases.subList(0, half)));
    Future<ImpactReplay.Scores> b = pool.submit(() -> ImpactReplay.run(index, titles, cases.subList(half, cases.size())));
    ImpactReplay.Scores x = a.get();
    ImpactReplay.Scores y = b.get();
    pool.shutdown();
    int n = x.cases() + y.cases();
    Map<String, Double> measured = Map.of(
        "recall@10", (x.recall10() * x.cases() + y.recall10() * y.cases()) / n,
        "recall@20", (x.recall20() * x.cases() + y.recall20() * y.cases()) / n,
        "precision@10", (x.precision10() * x.cases() + y.precision10() * y.cases()) / n);
    System.err.printf("impact replay (held-out, %d Acts): %s; mean %.0f ms per Act%n", n, measured,
        (x.meanMillis() * x.cases() + y.meanMillis() * y.cases()) / n);
    for (dev.lawimpact.impact.ReasonType t : dev.lawimpact.impact.ReasonType.values()) {
      int listed = x.typeListed().getOrDefault(t, 0) + y.typeListed().getOrDefault(t, 0);
      int right = x.typeTrue().getOrDefault(t, 0) + y.typeTrue().getOrDefault(t, 0);
      actual.put("impact-replay-type\t" + t, String.format("listed in top 20: %d, amended: %d (precision %.3f)", listed, right,
          listed == 0 ? 0.0 : (double) right / listed));
    }
    List<String> failures = new ArrayList<>();
    for (String[] r : rows("impact-replay")) {
      double got = measured.get(r[1]);
      actual.put("impact-replay\t" + r[1], String.format("%.3f", got));
      if (got + 1e-9 < Double.parseDouble(r[2])) failures.add(r[1] + " " + String.format("%.3f", got) + " < " + r[2]);
    }
    write();
    assertTrue(failures.isEmpty(), "impact replay below expectation: " + failures);
  }

  @Test
  void outlinesListWhatTheyMust() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String[] r : rows("impact-law")) {
      ImpactReport rep = analyse(r[1], 50);
      int rank = rep.laws().stream().filter(l -> l.lawId().equals(r[2])).mapToInt(ImpactReport.LawImpact::rank).findFirst()
          .orElse(-1);
      actual.put("impact-law\t" + r[1] + "\t" + r[2], String.valueOf(rank));
      if (rank < 0 || rank > Integer.parseInt(r[3])) failures.add(r[1] + ": " + r[2] + " at rank " + rank + " (want ≤ " + r[3] + ")");
      boolean hasEvidence = rep.laws().stream().allMatch(l -> !l.reasons().isEmpty()
          && l.reasons().stream().allMatch(x -> !x.provisions().isEmpty()));
      if (!hasEvidence) failures.add(r[1] + ": a law listed without evidence");
    }
    for (String[] r : rows("impact-constraint")) {
      ImpactReport rep = analyse(r[1], 50);
      boolean present = rep.constraints().stream().anyMatch(k -> (k.lawId() + "/" + k.path()).startsWith(r[2]));
      actual.put("impact-constraint\t" + r[1] + "\t" + r[2], present ? "present" : "absent");
      if (!present) failures.add(r[1] + ": constraint " + r[2] + " absent");
    }
    write();
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void outlinesOfPastReforms() throws Exception {
    Map<String, Set<String>> truth = new TreeMap<>();
    for (ImpactReplaySet.Case c : ImpactReplaySet.load(CorpusIndex.ROOT)) truth.put(c.law().meta().lawId().value(), c.amended());
    List<String> failures = new ArrayList<>();
    for (String[] r : rows("impact-outline")) {
      String lawId = outlineAct(r[1]);
      Set<String> gt = truth.get(lawId);
      ImpactReport rep = analyse(r[1], 20);
      long hit = rep.laws().stream().filter(l -> gt.contains(l.lawId())).count();
      double recall = (double) hit / gt.size();
      actual.put("impact-outline\t" + r[1], String.format("%.3f (%d of %d)", recall, hit, gt.size()));
      if (recall + 1e-9 < Double.parseDouble(r[2])) failures.add(r[1] + " recall@20 " + recall + " < " + r[2]);
    }
    write();
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static String outlineAct(String file) throws IOException {
    for (String line : resource("outlines/outlines.tsv").split("\n")) {
      String[] c = line.split("\t");
      if (c.length >= 2 && c[0].equals(file.replace("outlines/", ""))) return c[1];
    }
    throw new IOException("outline " + file + " not in outlines.tsv");
  }

  private static synchronized void write() throws IOException {
    Path out = Path.of("target/regression/impact-actual.tsv");
    Files.createDirectories(out.getParent());
    StringBuilder sb = new StringBuilder();
    actual.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
  }
}
