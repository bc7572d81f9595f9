package dev.lawimpact.regression;

import dev.lawimpact.app.Citations;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.impact.ImpactAnalyzer;
import dev.lawimpact.impact.ImpactReport;
import dev.lawimpact.impact.ReasonType;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.statute.Law;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the impact analyser on replayed Acts (see {@link ImpactReplaySet}): recall@10, recall@20
 * and precision@10 of the ranked law list against the laws the Act's 附則 really amended,
 * macro-averaged over Acts; and per reason type, the share of found true laws (in the top 20)
 * whose reasons include that type.
 */
final class ImpactReplay {

  /**
   * typeShare: of the true laws found in the top 20, the share whose reasons include the type;
   * typeListed / typeTrue: laws in the top 20 with a reason of the type, and how many of them are true.
   */
  record Scores(int cases, double recall10, double recall20, double precision10, double meanMillis,
      Map<ReasonType, Double> typeShare, Map<ReasonType, Integer> typeListed, Map<ReasonType, Integer> typeTrue,
      List<String> perCase) {}

  private ImpactReplay() {}

  static Scores run(LawIndex index, LawTitleResolver titles, List<ImpactReplaySet.Case> cases) {
    ImpactAnalyzer analyzer = new ImpactAnalyzer(index, titles, null);
    double r10 = 0, r20 = 0, p10 = 0;
    long millis = 0;
    Map<ReasonType, Integer> typeHits = new EnumMap<>(ReasonType.class);
    int found20 = 0;
    Map<ReasonType, Integer> typeListed = new EnumMap<>(ReasonType.class);
    Map<ReasonType, Integer> typeTrue = new EnumMap<>(ReasonType.class);
    List<String> perCase = new ArrayList<>();
    java.io.PrintStream dump = null;
    try {
      if (System.getProperty("dump") != null) dump = new java.io.PrintStream(System.getProperty("dump"), "UTF-8");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (ImpactReplaySet.Case c : cases) {
      Law law = c.law();
      List<String> names = new ArrayList<>();
      names.add(law.meta().title());
      names.addAll(law.meta().abbreviations());
      ImpactAnalyzer.Exclusion ex = new ImpactAnalyzer.Exclusion(law.meta().lawId().value(),
          law.meta().lawNumber().key(), names);
      long t0 = System.nanoTime();
      ImpactReport r = analyzer.analyze(BillReader.ofLaw(law), new ImpactAnalyzer.Options(20, ex));
      if (dump != null) {
        ImpactReport all = analyzer.analyze(BillReader.ofLaw(law), new ImpactAnalyzer.Options(200, ex));
        for (ImpactReport.LawImpact l : all.laws()) {
          StringBuilder sb = new StringBuilder(law.meta().lawId().value() + "\t" + c.amended().size() + "\t" + l.lawId() + "\t"
              + (c.amended().contains(l.lawId()) ? 1 : 0) + "\t" + l.score());
          for (ReasonType t : ReasonType.values()) {
            double v = 0;
            for (ImpactReport.Reason x : l.reasons()) if (x.type() == t) v = x.score();
            sb.append('\t').append(v);
          }
          dump.println(sb);
        }
      }
      millis += (System.nanoTime() - t0) / 1_000_000;
      int h10 = 0, h20 = 0;
      for (ImpactReport.LawImpact l : r.laws()) {
        for (ImpactReport.Reason reason : l.reasons()) {
          typeListed.merge(reason.type(), 1, Integer::sum);
          if (c.amended().contains(l.lawId())) typeTrue.merge(reason.type(), 1, Integer::sum);
        }
        if (!c.amended().contains(l.lawId())) continue;
        if (l.rank() <= 10) h10++;
        if (l.rank() <= 20) {
          h20++;
          found20++;
          for (ImpactReport.Reason reason : l.reasons()) typeHits.merge(reason.type(), 1, Integer::sum);
        }
      }
      Set<String> gt = c.amended();
      r10 += (double) h10 / gt.size();
      r20 += (double) h20 / gt.size();
      p10 += h10 / 10.0;
      perCase.add(law.meta().lawId().value() + "\t" + law.meta().title() + "\t" + gt.size() + "\t" + h10 + "\t" + h20);
      if (System.getProperty("debug") != null) {
        StringBuilder sb = new StringBuilder("== " + law.meta().title() + " measures=" + r.measures().size() + "\n GT:");
        for (String g : gt) sb.append(' ').append(index.law(g).map(x -> x.title()).orElse(g));
        sb.append('\n');
        for (ImpactReport.LawImpact l : r.laws()) {
          sb.append(String.format("  %2d %s %-30s %.2f", l.rank(), gt.contains(l.lawId()) ? "*" : " ", l.title(), l.score()));
          for (ImpactReport.Reason x : l.reasons()) sb.append(' ').append(x.type()).append(String.format(":%.2f", x.score()));
          sb.append('\n');
        }
        perCase.add(sb.toString());
      }
    }
    if (dump != null) dump.close();
    int n = Math.max(1, cases.size());
    Map<ReasonType, Double> share = new EnumMap<>(ReasonType.class);
    for (ReasonType t : ReasonType.values()) share.put(t, found20 == 0 ? 0 : typeHits.getOrDefault(t, 0) / (double) found20);
    if (System.getProperty("verbose") != null) {
      for (ReasonType t : ReasonType.values()) {
        System.out.printf("type %-16s listed %5d true %4d precision %.3f%n", t, typeListed.getOrDefault(t, 0),
            typeTrue.getOrDefault(t, 0), typeTrue.getOrDefault(t, 0) / Math.max(1.0, typeListed.getOrDefault(t, 0)));
      }
    }
    return new Scores(cases.size(), r10 / n, r20 / n, p10 / n, (double) millis / n, share, typeListed, typeTrue, perCase);
  }

  /** Development entry point: java ... ImpactReplay <index dir> <corpus root> [dev|held-out] [max cases]. */
  public static void main(String[] a) throws Exception {
    LawIndex index = LawIndex.open(java.nio.file.Path.of(a[0]));
    java.nio.file.Path root = java.nio.file.Path.of(a[1]);
    boolean held = a.length > 2 && a[2].equals("held-out");
    int max = a.length > 3 ? Integer.parseInt(a[3]) : Integer.MAX_VALUE;
    LawTitleResolver titles = Citations.resolver(index, Citations.Reference.load(root));
    List<ImpactReplaySet.Case> cases = ImpactReplaySet.load(root).stream().filter(c -> c.heldOut() == held).limit(max).toList();
    Scores s = run(index, titles, cases);
    if (System.getProperty("verbose") != null) s.perCase().forEach(System.out::println);
    System.out.printf("%s cases=%d recall@10=%.3f recall@20=%.3f precision@10=%.3f mean %.0f ms types %s%n",
        held ? "held-out" : "dev", s.cases(), s.recall10(), s.recall20(), s.precision10(), s.meanMillis(), s.typeShare());
  }
}
