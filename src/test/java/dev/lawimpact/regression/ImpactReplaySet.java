package dev.lawimpact.regression;

import dev.lawimpact.corpus.CorpusEntry;
import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusProblem;
import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.corpus.CorpusVisitor;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawType;
import dev.lawimpact.statute.SupplProvision;
import dev.lawimpact.statute.xml.EgovXmlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The corpus-derived evaluation set for impact analysis ("replay"). When an Act's 附則 amends
 * another law, e-Gov attaches a copy of that 附則 to the amended law as a SupplProvision whose
 * AmendLawNum is the Act's number. So for every Act A of the corpus, the laws carrying a
 * SupplProvision with A's number are the laws A forced Parliament to amend — the ground truth —
 * and A's 本則 (without any 附則) is a realistic "new bill". Acts are split by a hash of their law
 * id: one third held out (never looked at while developing), the rest for development.
 */
final class ImpactReplaySet {

  record Case(Law law, Set<String> amended, boolean heldOut) {}

  private ImpactReplaySet() {}

  static List<Case> load(Path corpusRoot) throws IOException {
    EgovXmlReader reader = new EgovXmlReader();
    List<Law> laws = new ArrayList<>();
    CorpusLoader.load(CorpusSpec.defaults(corpusRoot).open(), new CorpusVisitor() {
      @Override
      public void entry(CorpusEntry e) {
        reader.read(e.lawId(), e.name(), e.content()).lawIfRead().ifPresent(l -> {
          synchronized (laws) {
            laws.add(l);
          }
        });
      }

      @Override
      public void problem(CorpusProblem p) {}
    });
    Map<String, Set<String>> amendedBy = new HashMap<>();
    for (Law l : laws) {
      for (SupplProvision s : l.supplProvisions()) {
        if (s.amendLawNum().isEmpty()) continue;
        LawNumber.parse(s.amendLawNum()).ifPresent(n ->
            amendedBy.computeIfAbsent(n.key(), k -> new TreeSet<>()).add(l.meta().lawId().value()));
      }
    }
    List<Case> out = new ArrayList<>();
    for (Law l : laws) {
      if (l.meta().type() != LawType.ACT || l.meta().lawNumber() == null) continue;
      Set<String> gt = new TreeSet<>(amendedBy.getOrDefault(l.meta().lawNumber().key(), Set.of()));
      gt.remove(l.meta().lawId().value());
      if (gt.isEmpty()) continue;
      out.add(new Case(l, gt, heldOut(l.meta().lawId().value())));
    }
    out.sort(Comparator.comparing(c -> c.law().meta().lawId().value()));
    return out;
  }

  static boolean heldOut(String lawId) {
    CRC32 crc = new CRC32();
    crc.update(lawId.getBytes(StandardCharsets.US_ASCII));
    return crc.getValue() % 3 == 0;
  }
}
