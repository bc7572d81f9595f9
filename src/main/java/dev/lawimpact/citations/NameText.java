package dev.lawimpact.citations;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation shared by names and queries. Folding is one char to one char so offsets in a
 * folded string are offsets in the original, which lets matches report what the user wrote.
 */
final class NameText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameText() {}

  /** Runs of white space as one ASCII space. */
  static String collapseSpaces(String s) {
    return SPACES.matcher(s).replaceAll(" ");
  }

  /**
   * NFKC restricted to characters whose compatibility form is a single ASCII character
   * (ＡＢＣ１２３（）, the ideographic space): users type either width; kana and kanji are left alone.
   */
  static String fold(String s) {
    if (s == null) return "";
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = foldChar(c);
      if (f != c) {
        if (out == null) out = s.toCharArray();
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  static char foldChar(char c) {
    if (c < 0x80) return c;
    if (c >= 0xFF01 && c <= 0xFF5E) return (char) (c - 0xFEE0);
    if (c == 0x3000) return ' ';
    // Kana and kanji never fold to ASCII; skip the normaliser for the common case.
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || Character.isSurrogate(c)) return c;
    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return n.length() == 1 && n.charAt(0) < 0x80 ? n.charAt(0) : c;
  }

  /** A Japanese name key: folded, surrounding space and quote brackets removed. */
  static String key(String s) {
    String f = fold(s).strip();
    int b = 0;
    int e = f.length();
    while (b < e && isQuoteOrSpace(f.charAt(b))) b++;
    while (e > b && isQuoteOrSpace(f.charAt(e - 1))) e--;
    return f.substring(b, e);
  }

  private static boolean isQuoteOrSpace(char c) {
    return Character.isWhitespace(c) || "「」『』\"".indexOf(c) >= 0;
  }

  /**
   * An English name key: {@link #key}, lower case, single spaces, no leading "the", no trailing
   * full stop or comma ("The Constitution." and "constitution" meet).
   */
  static String englishKey(String s) {
    String k = collapseSpaces(key(s).toLowerCase(Locale.ROOT));
    while (!k.isEmpty() && ".,;:".indexOf(k.charAt(k.length() - 1)) >= 0) k = k.substring(0, k.length() - 1).strip();
    if (k.startsWith("the ")) k = k.substring(4).strip();
    return k;
  }

  static boolean hasLatinLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
    }
    return false;
  }
}
