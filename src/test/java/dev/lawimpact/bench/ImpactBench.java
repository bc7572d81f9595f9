package dev.lawimpact.bench;

import dev.lawimpact.app.Citations;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.impact.ImpactAnalyzer;
import dev.lawimpact.impact.ImpactReport;
import dev.lawimpact.search.LawIndex;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Impact analysis latency in-process, one thread, over the full-corpus index: each outline of
 * src/test/resources/impact analysed after warm-up rounds (every Act is a candidate; nothing is
 * cached between analyses). Usage: ImpactBench INDEX_DIR_OR_DATA_DIR CORPUS_ROOT [warmup] [rounds].
 * Prints a Markdown table.
 */
public final class ImpactBench {

  static final List<String> OUTLINES = List.of("outline-cyber-long-ja.txt", "outline-cyber-ja.txt", "outline-cyber-en.txt",
      "outlines/nuclear-regulator-ja.txt", "outlines/reconstruction-agency-en.txt");

  private ImpactBench() {}

  public static void main(String[] a) throws Exception {
    Path dir = Benchmarks.resolveIndexDir(Path.of(a[0]));
    Path root = Path.of(a[1]);
    int warmup = a.length > 2 ? Integer.parseInt(a[2]) : 10;
    int rounds = a.length > 3 ? Integer.parseInt(a[3]) : 30;
    try (LawIndex index = LawIndex.open(dir)) {
      Citations.Reference ref = Citations.Reference.load(root);
      ImpactAnalyzer analyzer = new ImpactAnalyzer(index, Citations.resolver(index, ref), ref.glossary());
      System.out.println("### Impact analysis in-process (" + warmup + " warm-up + " + rounds + " timed runs per outline, one thread)");
      System.out.println();
      System.out.println("| outline | characters | laws listed | p50 ms | p95 ms | max ms |");
      System.out.println("|---|---|---|---|---|---|");
      for (String f : OUTLINES) {
        String text;
        try (InputStream in = ImpactBench.class.getResourceAsStream("/impact/" + f)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ImpactReport last = null;
        Stats stats = new Stats();
        for (int i = 0; i < warmup + rounds; i++) {
          long t0 = System.nanoTime();
          last = analyzer.analyze(BillReader.read(text, "auto", null, "auto"), ImpactAnalyzer.Options.defaults());
          if (i >= warmup) stats.add(System.nanoTime() - t0);
        }
        Stats.Summary s = stats.summary();
        System.out.println("| " + f + " | " + text.length() + " | " + last.laws().size() + " | " + Stats.fmt(s.p50()) + " | "
            + Stats.fmt(s.p95()) + " | " + Stats.fmt(s.max()) + " |");
      }
      System.out.println();
    }
  }
}
