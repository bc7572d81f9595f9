package dev.lawimpact.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.search.ConceptLinks;
import dev.lawimpact.search.LinkService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Precision of concept links against hand judgements (regression/concepts/judgements.tsv: anchor,
 * linked unit, relevant 1/0, reason). For each anchor the first 20 links are looked up; a link
 * counts as relevant only when it was judged relevant, so an unjudged link lowers precision and is
 * listed (judge it, don't ignore it). Figures go to target/regression/concepts-actual.tsv and are
 * checked against the "concepts" rows of regression/expected.tsv.
 */
@Tag("corpus")
@Tag("regression")
class ConceptGoldTest {

  private static final Path JUDGEMENTS = Path.of("regression/concepts/judgements.tsv");

  @Test
  void conceptLinksMeetTheJudgements() throws IOException {
    var index = CorpusIndex.index();
    ConceptLinks concepts = new ConceptLinks(index, new LinkService(index));
    Map<String, Map<String, Boolean>> judged = new LinkedHashMap<>();
    for (String line : Files.readAllLines(JUDGEMENTS, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("anchor\t")) continue;
      String[] c = line.split("\t", -1);
      judged.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1], c[2].equals("1"));
    }
    Set<String> anchors = new LinkedHashSet<>(judged.keySet());
    List<String> out = new ArrayList<>();
    Map<String, Double> m = new LinkedHashMap<>();
    double sum10 = 0;
    double sum20 = 0;
    int unjudged = 0;
    int[][] bands = new int[3][2]; // confidence >= 0.5, 0.3..0.5, < 0.3: {judged, relevant}
    for (String anchor : anchors) {
      int slash = anchor.indexOf('/');
      var links = concepts.find(anchor.substring(0, slash), anchor.substring(slash + 1), 20).links();
      int rel10 = 0;
      int rel20 = 0;
      for (int i = 0; i < links.size(); i++) {
        var l = links.get(i);
        String unit = unit(l.path());
        Boolean j = judged.get(anchor).get(unit);
        if (j == null) unjudged++;
        else {
          int b = l.confidence() >= 0.5 ? 0 : l.confidence() >= 0.3 ? 1 : 2;
          bands[b][0]++;
          if (j) bands[b][1]++;
        }
        boolean rel = Boolean.TRUE.equals(j);
        if (rel && i < 10) rel10++;
        if (rel) rel20++;
        out.add(String.format(Locale.ROOT, "%s\t%d\t%s\t%s\t%.3f\t%s\t%s", anchor, i + 1, unit,
            j == null ? "UNJUDGED" : j ? "1" : "0", l.confidence(), l.label(), l.evidence()));
      }
      double p10 = rel10 / 10.0;
      double p20 = rel20 / 20.0;
      sum10 += p10;
      sum20 += p20;
      m.put(anchor + " p@10", p10);
      m.put(anchor + " p@20", p20);
    }
    m.put("mean p@10", sum10 / anchors.size());
    m.put("mean p@20", sum20 / anchors.size());
    // Calibration: the share of relevant links among the judged ones in each confidence band.
    String[] names = {"confidence>=0.5", "confidence 0.3-0.5", "confidence<0.3"};
    List<String> calibration = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      calibration.add(String.format(Locale.ROOT, "calibration\t%s\t%d/%d\t%.3f", names[b], bands[b][1], bands[b][0],
          bands[b][0] == 0 ? 0 : bands[b][1] / (double) bands[b][0]));
    }
    List<String> head = new ArrayList<>();
    m.forEach((k, v) -> head.add(String.format(Locale.ROOT, "concepts\t%s\t%.3f", k, v)));
    head.add("unjudged links in the first 20: " + unjudged);
    head.addAll(calibration);
    head.addAll(out);
    Files.createDirectories(Path.of("target/regression"));
    Files.write(Path.of("target/regression/concepts-actual.tsv"), head, StandardCharsets.UTF_8);
    head.stream().limit(13).forEach(System.out::println);

    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("regression/expected.tsv"), StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length < 4 || !c[0].equals("concepts")) continue;
      Double v = m.get(c[1]);
      if (v == null || v < Double.parseDouble(c[2])) failures.add(line + " -> " + v);
    }
    assertTrue(failures.isEmpty(), "concept regressions:\n" + String.join("\n", failures));
  }

  /** The article-level unit of a path (…/a4-p1 → …/a4); links are judged per unit. */
  static String unit(String path) {
    int slash = path.indexOf('/');
    int dash = path.indexOf('-', slash);
    if (dash < 0) return path;
    String rest = path.substring(slash + 1);
    // 附則 paths keep their suppl segment: sp-a3-p1 → sp-a3
    if (rest.startsWith("sp")) {
      String[] segs = rest.split("-");
      return path.substring(0, slash + 1) + (segs.length > 1 && segs[1].startsWith("a") ? segs[0] + "-" + segs[1] : segs[0]);
    }
    return path.substring(0, dash);
  }
}
