package dev.lawimpact.citations.refs;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What relative words need, passed into each extraction step and returned from it (no hidden state).
 *
 * @param lawId the law being read
 * @param provision the provision whose own text is read (its article, paragraph, item are the "current" ones)
 * @param textLaw the law that 第N条 and この法律 mean in this text: lawId, or in an amending 附則 the
 *     amending act; null when that act is not in the catalogue
 * @param textLawNote what textLaw stands for when null (the AmendLawNum as written)
 * @param supplBase what 附則 means in this text: the original enactment's {@code sp}, or in an amending
 *     附則 that 附則 itself
 * @param lastTarget the last target written (explicitly or relatively), for 同条・同項・同号; null at start
 * @param lastLaw the last law named, for 同法; null at start
 * @param abbreviations short names this law defines for other laws (（以下「旧法」という。）), in order of definition
 */
public record ExtractionContext(LawId lawId, ProvisionPath provision, LawId textLaw, String textLawNote,
    ProvisionPath supplBase, ProvisionPath lastTarget, LawId lastLaw, Map<String, LawId> abbreviations) {

  public ExtractionContext {
    if (lawId == null || provision == null) throw new IllegalArgumentException("law and provision required");
    textLawNote = textLawNote == null ? "" : textLawNote;
    abbreviations = Map.copyOf(abbreviations);
    if (supplBase == null) supplBase = ProvisionPath.of(lawId).child(Kind.SUPPL, "");
  }

  /** The start of a law's text: its own provisions, nothing written before. */
  public static ExtractionContext start(LawId lawId, ProvisionPath provision) {
    return new ExtractionContext(lawId, provision, lawId, "", null, null, null, Map.of());
  }

  /**
   * Moving to another provision. Entering another article (or another 附則) forgets 同条/同項 antecedents;
   * defined abbreviations stay for the whole law.
   */
  public ExtractionContext at(ProvisionPath next, LawId nextTextLaw, String nextTextLawNote, ProvisionPath nextSupplBase) {
    boolean sameArticle = container(next).equals(container(provision));
    return new ExtractionContext(lawId, next, nextTextLaw, nextTextLawNote, nextSupplBase,
        sameArticle ? lastTarget : null, sameArticle ? lastLaw : null, abbreviations);
  }

  public ExtractionContext withLast(ProvisionPath target, LawId law) {
    return new ExtractionContext(lawId, provision, textLaw, textLawNote, supplBase,
        target == null ? lastTarget : target, law == null ? lastLaw : law, abbreviations);
  }

  public ExtractionContext withAbbreviation(String name, LawId law) {
    Map<String, LawId> m = new LinkedHashMap<>(abbreviations);
    m.put(name, law);
    return new ExtractionContext(lawId, provision, textLaw, textLawNote, supplBase, lastTarget, lastLaw, m);
  }

  public ExtractionContext withAbbreviations(Map<String, LawId> defined) {
    return new ExtractionContext(lawId, provision, textLaw, textLawNote, supplBase, lastTarget, lastLaw, defined);
  }

  /** The article (or, for article-less text, the 附則 / law) a path sits in. */
  static ProvisionPath container(ProvisionPath p) {
    ProvisionPath a = upTo(p, Kind.ARTICLE);
    if (a != null) return a;
    ProvisionPath s = upTo(p, Kind.SUPPL);
    return s != null ? s : ProvisionPath.of(p.lawId());
  }

  /** The path cut after its first segment of the kind, or null when it has none. */
  static ProvisionPath upTo(ProvisionPath p, Kind kind) {
    for (int i = 0; i < p.segments().size(); i++) {
      if (p.segments().get(i).kind() == kind) return new ProvisionPath(p.lawId(), p.segments().subList(0, i + 1));
    }
    return null;
  }
}
