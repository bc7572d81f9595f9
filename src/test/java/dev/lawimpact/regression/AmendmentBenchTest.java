package dev.lawimpact.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.amendments.Amender;
import dev.lawimpact.bench.AmendBench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Re-measures the amendment engine on ../shared/bench/amendments (cases reproduced, sentences
 * parsed) and checks the figures against regression/amendments-expected.tsv. The rows live in
 * their own file because SearchRegressionTest rejects check kinds it does not know.
 */
@Tag("corpus")
@Tag("regression")
class AmendmentBenchTest {

  private static final Path EXPECTED = Path.of("regression/amendments-expected.tsv");
  private static final Path CASES = Path.of("../shared/bench/amendments/cases");
  private static final Path CORPUS = Path.of("../shared/corpus/ja/core");

  @Test
  void figuresMatchTheCheckedInTable() throws IOException {
    if (!Files.isDirectory(CASES)) {
      System.err.println("*** AmendmentBenchTest SKIPPED: " + CASES.toAbsolutePath() + " is absent ***");
      Assumptions.assumeTrue(false, "amendment bench data absent");
    }
    AmendBench.Summary all = AmendBench.run(CASES, Amender.Policy.ALL_OCCURRENCES);
    AmendBench.Summary strict = null;
    List<String> failures = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t");
      double expected = Double.parseDouble(c[2]);
      double tolerance = Double.parseDouble(c[3]);
      double actual = switch (c[0] + " " + c[1]) {
        case "amend-cases clean" -> share(all.passed("clean"), all.count("clean"));
        case "amend-cases mixed" -> share(all.passed("mixed"), all.count("mixed"));
        case "amend-cases all" -> share(all.cases().stream().filter(AmendBench.CaseResult::pass).count(), all.cases().size());
        case "amend-sentences clean" -> share(all.sentencesCorrect(), all.sentencesTotal());
        case "amend-cases clean-strict" -> {
          if (strict == null) strict = AmendBench.run(CASES, Amender.Policy.EXACTLY_ONE);
          yield share(strict.passed("clean"), strict.count("clean"));
        }
        case "amend-table clean" -> share(all.cases().stream().filter(x -> x.kind().equals("clean") && x.tableRowsExact()).count(),
            all.count("clean"));
        case "amend-parse core+cases" -> parseShare();
        case "amend-consistency resolved" -> consistency()[0];
        case "amend-consistency confirmed" -> consistency()[1];
        default -> throw new IllegalStateException("unknown check " + c[0] + " " + c[1] + " in " + EXPECTED);
      };
      boolean ok = actual >= expected - tolerance;
      out.add(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%.4f\t%s", c[0], c[1], c[2], c[3], actual, ok ? "ok" : "REGRESSION"));
      if (!ok) failures.add(line + " -> " + actual);
    }
    Files.createDirectories(Path.of("target/regression"));
    Files.write(Path.of("target/regression/amendments-actual.tsv"), out, StandardCharsets.UTF_8);
    assertTrue(failures.isEmpty(), "regressions against " + EXPECTED + ":\n" + String.join("\n", failures));
  }

  private double[] consistency;

  /** consistency.tsv rows: the sentence's target provision resolved in the corpus law, the check confirmed. */
  private double[] consistency() throws IOException {
    if (consistency == null) {
      consistency = AmendBench.consistencyShares(CASES.getParent().resolve("consistency.tsv"), Path.of("../shared/corpus"), false);
    }
    return consistency;
  }

  /** Distinct AmendProvision sentences in the core laws and the cases' amending files. */
  private static double parseShare() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(CORPUS, CASES)) {
      if (!Files.isDirectory(root)) continue;
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.getFileName().toString().startsWith("amending") || root == CORPUS)
            .filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
      }
    }
    int[] r = AmendBench.parseShare(files, new ArrayList<>());
    return share(r[0], r[1]);
  }

  private static double share(long a, long b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
