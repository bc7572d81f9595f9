package dev.lawimpact.citations;

/** How a written law name was matched, in the order {@link LawTitleResolver} tries the rules. */
public enum MatchRule {
  /** The name is a law's title as in {@code <LawTitle>}. */
  EXACT_TITLE,
  /** An e-Gov abbreviation: the 法令略称一覧 (egov_abb.json) or the LawTitle's Abbrev attribute. */
  ABBREVIATION,
  /** A form derived from the title alone: parenthetical removed, trailing 抄 removed, the name inside 法律第N号（…）. */
  SHORT_FORM,
  /** The law number as written in {@code <LawNum>} (昭和五十九年法律第八十六号). */
  LAW_NUMBER,
  /** The name is the ending of exactly one title (憲法 → 日本国憲法); never used when several titles share it. */
  UNIQUE_SUFFIX,
  /**
   * An English name: the title of an official translation, or a glossary equivalent of a Japanese
   * term that is itself a law name (Civil Code → 民法) or the type word of the only law of its type
   * (Constitution → 憲法 → 日本国憲法).
   */
  ENGLISH_NAME
}
