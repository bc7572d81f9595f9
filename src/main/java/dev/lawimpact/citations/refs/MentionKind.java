package dev.lawimpact.citations.refs;

/** How a reference is written. The resolution says where it points; this says how it was said. */
public enum MentionKind {
  /** A provision of a named law: 電気通信事業法（昭和五十九年法律第八十六号）第四条第一項, 電波法第四条, 法第三条 (defined abbreviation). */
  ABSOLUTE,
  /** A whole law named by title, abbreviation or law number, without a provision. */
  LAW,
  /** A numbered provision of the law being read, no law named: 第三条第二項, 附則第二条, 別表第一. */
  SAME_LAW,
  /** Positional or anaphoric: 前条, 次項, 前各号, 前二条, 同条, 同項, 同号, 同法, この条, この項. */
  RELATIVE,
  /** この法律 / 本法: the law whose text is read (in an amending 附則, the amending act). */
  THIS_LAW,
  /** A written range, 第三条から第五条まで: one mention, every member a target. */
  RANGE,
  /** A member after the first of an enumeration (第三条、第五条及び第七条: 第五条 and 第七条). */
  ENUMERATION_MEMBER
}
