package dev.lawimpact.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generators of hostile input, seeded so that a failing case can be replayed: Lucene query
 * syntax, unbalanced quotes and brackets, statute-shaped junk, random code points (lone
 * surrogates included), huge and deeply nested text, and XML that tries DTDs, external
 * entities and entity expansion.
 */
final class Hostile {

  static final List<String> LUCENE = List.of("\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", "\\", ":", "/",
      "AND ", "OR ", "NOT ", "&&", "||", "+", "-", "!", "TO", "*:*", "title:", "lawId:", "/.*/", "~2", "^10", "[* TO *]");
  static final List<String> STATUTE = List.of("第", "条", "項", "号", "の", "一", "二", "十", "百", "千", "万", "〇", "１", "2",
      "附則", "別表", "前条", "同項", "「", "」", "（", "）", "を", "に改める", "中", "改正する", "法律", "平成", "令和", "元年",
      "の一部を次のように改正する。", "イ", "ロ", "　", " ", "\n", "article ", "paragraph (", "item ", "of ", "Act", ",");
  static final List<String> XML_ATTACKS = List.of(
      "<?xml version=\"1.0\"?><!DOCTYPE Law [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Law><LawBody><LawTitle>&xxe;</LawTitle></LawBody></Law>",
      "<?xml version=\"1.0\"?><!DOCTYPE Law SYSTEM \"http://127.0.0.1:9/law.dtd\"><Law><LawBody><LawTitle>x</LawTitle></LawBody></Law>",
      "<!DOCTYPE Law [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]><Law/>",
      billionLaughs(),
      "<Law><LawBody><LawTitle>未完",
      "<Law Era=\"Reiwa\" Year=\"999999999999\" Num=\"-1\" LawType=\"Act\"><LawNum>令和</LawNum></Law>",
      "<Law><![CDATA[" + "x".repeat(1000) + "]]></Law>",
      "<Law xmlns:x=\"urn:x\"><x:LawBody/></Law>",
      "</Law>",
      "<Law><LawBody><MainProvision><Article Num=\"1:2:3_4_.5\"><Paragraph Num=\"-1\"/></Article></MainProvision></LawBody></Law>");

  private final Random random;

  Hostile(long seed) {
    this.random = new Random(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** One hostile string; its length is small most of the time, huge now and then. */
  String text() {
    int kind = random.nextInt(14);
    return switch (kind) {
      case 0 -> codePoints(random.nextInt(40));
      case 1, 2 -> tokens(LUCENE, 1 + random.nextInt(12));
      case 3, 4 -> tokens(STATUTE, 1 + random.nextInt(30));
      case 5 -> nested(1 + random.nextInt(5000));
      case 6 -> pick(List.of("(", "\"", "[", "「", "（", "{", "第", "の", "a", " ")).repeat(1 + random.nextInt(20_000));
      case 7 -> tokens(STATUTE, 2000 + random.nextInt(20_000)); // big statute-shaped text
      case 8 -> pick(XML_ATTACKS);
      case 9 -> "";
      case 13 -> billLines(1 + random.nextInt(8));
      case 12 -> "第" + "一".repeat(1 + random.nextInt(30)) + "条中「甲」を「乙」に改める。"; // numbers beyond any statute
      case 10 -> new String(bytes(random.nextInt(64)), StandardCharsets.ISO_8859_1);
      default -> tokens(LUCENE, 1 + random.nextInt(4)) + tokens(STATUTE, 1 + random.nextInt(6));
    };
  }

  /** A plain-text bill whose provision lines carry numbers no statute has (〇, 万, 十十, ten digits). */
  String billLines(int n) {
    List<String> nums = List.of("〇", "万", "十十", "一一一一一一一一一一", "百万万", "九千九百九十九万九千九百九十九", "一", "二の〇");
    List<String> heads = List.of("第%s条　", "%s　", "第%s章　", "第%s節　", "（%s）　", "%s ");
    StringBuilder sb = new StringBuilder("架空法（令和二年法律第九十九号）の一部を次のように改正する。\n第一条中「甲」を「乙」に改める。\n");
    for (int i = 0; i < n; i++) sb.append(String.format(pick(heads), pick(nums))).append(tokens(STATUTE, 1 + random.nextInt(5))).append('\n');
    return sb.toString();
  }

  String tokens(List<String> vocabulary, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(pick(vocabulary));
    return sb.toString();
  }

  /** Any code point, lone surrogates and control characters included. */
  String codePoints(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(4);
      int cp = r == 0 ? random.nextInt(0x20) : r == 1 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x30000);
      if (cp >= 0xD800 && cp <= 0xDFFF) sb.append((char) cp);
      else sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** Bytes that are not valid UTF-8: stray continuation bytes, truncated sequences, overlongs. */
  byte[] invalidUtf8() {
    byte[] good = tokens(STATUTE, 1 + random.nextInt(20)).getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE3, (byte) 0x81}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    byte[] b = bad[random.nextInt(bad.length)];
    int at = random.nextInt(good.length + 1);
    byte[] out = new byte[good.length + b.length];
    System.arraycopy(good, 0, out, 0, at);
    System.arraycopy(b, 0, out, at, b.length);
    System.arraycopy(good, at, out, at + b.length, good.length - at);
    return out;
  }

  /** Deeply nested brackets or XML elements. */
  String nested(int depth) {
    return switch (random.nextInt(4)) {
      case 0 -> "(".repeat(depth) + "a" + ")".repeat(depth);
      case 1 -> "<Law><LawBody><MainProvision>" + "<Article>".repeat(depth) + "x" + "</Article>".repeat(depth)
          + "</MainProvision></LawBody></Law>";
      case 2 -> "「".repeat(depth) + "甲" + "」".repeat(depth);
      default -> "[".repeat(depth);
    };
  }

  static String billionLaughs() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Law [<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      sb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return sb.append("]><Law><LawBody><LawTitle>&a9;</LawTitle></LawBody></Law>").toString();
  }
}
