package dev.lawimpact.amendments;

/** Num helpers: the reader's .2 suffix for repeated numbers is not part of the printed number. */
final class TreeEditNums {
  private TreeEditNums() {}

  static String base(String num) {
    int dot = num.indexOf('.');
    return dot < 0 ? num : num.substring(0, dot);
  }
}
