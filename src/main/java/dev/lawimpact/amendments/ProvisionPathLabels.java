package dev.lawimpact.amendments;

import dev.lawimpact.numerals.Numerals;

/** Printed headings for renumbered provisions: 第六条の二 (without 第 here), 三, イ, （１）. */
final class ProvisionPathLabels {
  private ProvisionPathLabels() {}

  static String article(String num) {
    String[] parts = num.split("_", 2);
    return Numerals.toKanji(Integer.parseInt(parts[0])) + "条" + (parts.length > 1 ? "の" + Numerals.branchToKanji(parts[1]) : "");
  }

  /** An item's title in the style its old title used (kanji for 号, iroha or （１） for subitems). */
  static String item(int level, String num, String oldTitle) {
    String[] parts = num.split("_", 2);
    int n = Integer.parseInt(parts[0]);
    String head;
    if (level == 0) head = Numerals.toKanji(n);
    else if (oldTitle.startsWith("（") || oldTitle.startsWith("(")) head = "（" + Numerals.toFullWidth(n) + "）";
    else head = Numerals.toIroha(n);
    return parts.length > 1 ? head + "の" + Numerals.branchToKanji(parts[1]) : head;
  }
}
