package dev.lawimpact.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.app.Citations;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.citations.refs.Reference;
import dev.lawimpact.citations.refs.ReferenceExtractor;
import dev.lawimpact.citations.refs.Resolution;
import dev.lawimpact.corpus.CorpusEntry;
import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusProblem;
import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.corpus.CorpusVisitor;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.xml.EgovXmlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scores the reference extractor against the hand-labelled gold sets: the development set
 * (regression/gold, rows "refs" of expected.tsv) and the held-out set (regression/gold/heldout,
 * rows "refs_heldout"), which is never used for tuning. Only
 * provisions listed in provisions.tsv count, and in those every mention was labelled, so both
 * precision and recall are measured. A mention is detected when an extracted span overlaps a gold
 * span in the same provision; it is right end to end when, in addition, the targets are the same
 * set (gold UNRESOLVABLE matches an unresolved extraction). Figures go to
 * target/regression/references-actual.tsv (references-heldout-actual.tsv) and are checked against
 * the regression/expected.tsv rows of that set.
 */
@Tag("corpus")
@Tag("regression")
class ReferenceGoldTest {

  private static final Path DEV = Path.of("regression/gold");
  private static final Path HELD_OUT = Path.of("regression/gold/heldout");

  record Gold(String lawId, String provision, int start, int end, String mention, String kind, Set<String> targets) {}

  record Found(String lawId, String provision, int start, int end, String text, Set<String> targets) {}

  @Test
  void extractorMeetsTheGoldSet() throws IOException {
    score(DEV, "refs", "references-actual.tsv");
  }

  @Test
  void extractorMeetsTheHeldOutSet() throws IOException {
    score(HELD_OUT, "refs_heldout", "references-heldout-actual.tsv");
  }

  private static void score(Path dir, String check, String report) throws IOException {
    var index = CorpusIndex.index();
    LawTitleResolver titles = Citations.resolver(index, Citations.Reference.load(CorpusIndex.ROOT));
    Set<String> labelled = new HashSet<>();
    for (String[] c : rows(dir.resolve("provisions.tsv"))) labelled.add(c[0] + "/" + c[1]);
    List<Gold> gold = new ArrayList<>();
    for (String[] c : rows(dir.resolve("references.tsv"))) {
      gold.add(new Gold(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), c[4], c[5], targets(c[6])));
    }
    Set<String> lawIds = new TreeSet<>();
    for (String p : labelled) lawIds.add(p.substring(0, p.indexOf('/')));

    Map<String, Law> laws = readLaws(lawIds);
    List<Found> found = new ArrayList<>();
    int quoted = 0;
    for (String lawId : lawIds) {
      Law law = laws.get(lawId);
      if (law == null) throw new IllegalStateException("gold law not in corpus: " + lawId);
      for (Reference r : ReferenceExtractor.extract(law, titles, p -> exists(index, p))) {
        String key = lawId + "/" + r.mention().source().local();
        if (!labelled.contains(key)) continue;
        // Quoted words (「…」 in 改め文 and 読替え) are amendment text, not references of this law; the
        // gold set leaves them unlabelled by rule, so they are not scored either way.
        if (r.mention().quoted()) {
          quoted++;
          continue;
        }
        found.add(new Found(lawId, r.mention().source().local(), r.mention().start(), r.mention().end(),
            r.mention().text(), targetsOf(r.resolution())));
      }
    }

    // Greedy one-to-one matching by overlap within a provision.
    Map<String, List<Gold>> goldBy = group(gold);
    int detected = 0;
    int exactSpan = 0;
    int endToEnd = 0;
    Map<String, int[]> byKind = new LinkedHashMap<>(); // kind -> {gold, e2e correct}
    Set<Gold> used = new HashSet<>();
    List<String> misses = new ArrayList<>();
    for (Found f : found) {
      Gold match = null;
      for (Gold g : goldBy.getOrDefault(f.lawId() + "/" + f.provision(), List.of())) {
        if (!used.contains(g) && g.start() < f.end() && f.start() < g.end()) {
          match = g;
          break;
        }
      }
      if (match == null) {
        misses.add("FALSE POSITIVE " + f);
        continue;
      }
      used.add(match);
      detected++;
      if (match.start() == f.start() && match.end() == f.end()) exactSpan++;
      if (match.targets().equals(f.targets())) {
        endToEnd++;
        byKind.computeIfAbsent(match.kind(), k -> new int[2])[1]++;
      } else {
        misses.add("WRONG TARGET " + match.lawId() + "/" + match.provision() + " 「" + match.mention() + "」 gold "
            + match.targets() + " got " + f.targets());
      }
    }
    for (Gold g : gold) {
      byKind.computeIfAbsent(g.kind(), k -> new int[2])[0]++;
      if (!used.contains(g)) misses.add("MISSED " + g.lawId() + "/" + g.provision() + " 「" + g.mention() + "」 " + g.targets());
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("detection_precision", ratio(detected, found.size()));
    m.put("detection_recall", ratio(detected, gold.size()));
    m.put("exact_span_share", ratio(exactSpan, detected));
    m.put("resolution_accuracy", ratio(endToEnd, detected));
    m.put("end_to_end_precision", ratio(endToEnd, found.size()));
    m.put("end_to_end_recall", ratio(endToEnd, gold.size()));

    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "gold mentions %d in %d provisions of %d laws; extracted %d (+%d quoted, not scored)",
        gold.size(), labelled.size(), lawIds.size(), found.size(), quoted));
    m.forEach((k, v) -> out.add(String.format(Locale.ROOT, "%s\t%s\t%.4f", check, k, v)));
    byKind.forEach((k, v) -> out.add(String.format(Locale.ROOT, "kind\t%s\t%d/%d", k, v[1], v[0])));
    out.addAll(misses);
    Files.createDirectories(Path.of("target/regression"));
    Files.write(Path.of("target/regression").resolve(report), out, StandardCharsets.UTF_8);
    out.stream().limit(40).forEach(System.out::println);

    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("regression/expected.tsv"), StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length < 4 || !c[0].equals(check)) continue;
      double v = m.get(c[1]);
      if (v < Double.parseDouble(c[2])) failures.add(line + " -> " + String.format(Locale.ROOT, "%.4f", v));
    }
    assertTrue(failures.isEmpty(), check + " regressions:\n" + String.join("\n", failures));
  }

  /** Whether the index holds the provision (targets in other laws are checked against the corpus, as in the build). */
  private static boolean exists(dev.lawimpact.search.LawIndex index, ProvisionPath p) {
    try {
      return index.document(p.toString()).isPresent();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static Map<String, List<Gold>> group(List<Gold> gold) {
    Map<String, List<Gold>> m = new HashMap<>();
    for (Gold g : gold) m.computeIfAbsent(g.lawId() + "/" + g.provision(), k -> new ArrayList<>()).add(g);
    return m;
  }

  /** Gold targets: paths and law ids; any UNRESOLVABLE:reason becomes the single marker "UNRESOLVABLE". */
  private static Set<String> targets(String s) {
    Set<String> out = new TreeSet<>();
    for (String t : s.strip().split("\\s+")) out.add(t.startsWith("UNRESOLVABLE") ? "UNRESOLVABLE" : t);
    return out;
  }

  private static Set<String> targetsOf(Resolution r) {
    Set<String> out = new TreeSet<>();
    if (r instanceof Resolution.Resolved res) {
      for (ProvisionPath p : res.targets()) out.add(p.toString());
    } else {
      out.add("UNRESOLVABLE");
    }
    return out;
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) { // first line is the header
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) continue;
      out.add(l.split("\t", -1));
    }
    return out;
  }

  private static Map<String, Law> readLaws(Set<String> ids) throws IOException {
    Map<String, Law> laws = new HashMap<>();
    EgovXmlReader reader = new EgovXmlReader();
    CorpusLoader.load(CorpusSpec.defaults(CorpusIndex.ROOT).open(), new CorpusVisitor() {
      @Override
      public boolean wants(String lawId) {
        return ids.contains(lawId);
      }

      @Override
      public void entry(CorpusEntry e) {
        reader.read(e.lawId(), e.name(), e.content()).lawIfRead().ifPresent(l -> laws.put(e.lawId(), l));
      }

      @Override
      public void problem(CorpusProblem p) {}
    });
    return laws;
  }
}
