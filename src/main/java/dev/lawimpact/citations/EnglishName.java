package dev.lawimpact.citations;

import dev.lawimpact.identifiers.LawId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An English name for a law, either direct (an official translation's title → its law id) or
 * through a Japanese term (glossary "Constitution" → 憲法), which the resolver then resolves with
 * its Japanese rules. Exactly one of japanese and lawId is set. source says where it came from.
 */
public record EnglishName(String english, String japanese, LawId lawId, String source) {

  public EnglishName {
    if (english == null || english.isBlank()) throw new IllegalArgumentException("English name required");
    if ((japanese == null) == (lawId == null)) throw new IllegalArgumentException("exactly one of japanese, lawId");
    if (japanese != null && japanese.isBlank()) throw new IllegalArgumentException("blank Japanese term");
    source = source == null ? "" : source;
  }

  public static EnglishName ofTerm(String english, String japanese, String source) {
    return new EnglishName(english, japanese, null, source);
  }

  public static EnglishName ofLaw(String english, LawId lawId, String source) {
    return new EnglishName(english, null, lawId, source);
  }

  /**
   * Candidate law names from a glossary: pairs whose English starts with a capital letter (after an
   * optional "the"), since the dictionary capitalises names (Constitution, Civil Code, Radio Act)
   * and not common nouns (judicial → 司法). Terms that do not name a law are dropped later by the
   * resolver, which accepts a Japanese term only as a name or as the type word of a type with one law.
   */
  public static List<EnglishName> fromGlossary(Glossary glossary) {
    List<EnglishName> out = new ArrayList<>();
    for (TermPair p : glossary.pairs()) {
      if (!looksLikeName(p.english())) continue;
      out.add(ofTerm(p.english(), p.japanese(), "glossary " + p.source() + " " + p.kind().name().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  static boolean looksLikeName(String english) {
    String s = NameText.fold(english).strip();
    if (s.regionMatches(true, 0, "the ", 0, 4)) s = s.substring(4).strip();
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}
