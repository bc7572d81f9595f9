package dev.lawimpact.regression;

import dev.lawimpact.citations.EgovAbbreviations;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.LawSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** e-Gov abbreviations that name exactly one law of the index, one per law (for generated citations). */
final class Abbreviations {
  private Abbreviations() {}

  static Map<String, String> uniqueByLawId(Path root, LawIndex index) {
    Path file = root.resolve("glossary/egov_abb.json");
    if (!Files.isRegularFile(file)) return Map.of();
    Map<String, String> lawIdByNum = new HashMap<>();
    for (LawSummary l : index.laws()) lawIdByNum.put(l.lawNum(), l.lawId());
    Map<String, Integer> uses = new HashMap<>();
    EgovAbbreviations abbs = EgovAbbreviations.read(file);
    for (EgovAbbreviations.Entry e : abbs.entries()) for (String a : e.abbreviations()) uses.merge(a, 1, Integer::sum);
    Map<String, String> out = new HashMap<>();
    for (EgovAbbreviations.Entry e : abbs.entries()) {
      String id = lawIdByNum.get(e.lawNumText());
      if (id == null) continue;
      for (String a : e.abbreviations()) {
        if (uses.get(a) == 1) {
          out.putIfAbsent(id, a);
          break;
        }
      }
    }
    return out;
  }
}
