package dev.lawimpact.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One law XML file exactly as read from a {@link CorpusSource}.
 *
 * <p>{@code content} is the untouched file bytes. The array is handed over, not copied (the full
 * corpus is hundreds of MiB), so neither the source nor the consumer may modify it.
 *
 * @param lawId   e-Gov law id derived from the file name, e.g. {@code 321CONSTITUTION}
 * @param name    member or file path inside the source, e.g. {@code 359AC0000000086.xml}
 * @param origin  human description of the source, e.g. {@code acts.tar.xz}
 * @param content raw XML bytes
 */
public record CorpusEntry(String lawId, String name, String origin, byte[] content) {

  // e-Gov law ids: era digit + 2-digit year + type letter + 11 more (321CONSTITUTION,
  // 335AC0000000105, 427M60001080001); strict so README.xml or GAPS.xml never pose as laws.
  private static final Pattern LAW_ID = Pattern.compile("\\d{3}[A-Z][0-9A-Z]{11}");

  public CorpusEntry {
    if (lawId == null || lawId.isEmpty()) throw new IllegalArgumentException("lawId is empty for " + name);
    if (content == null) throw new IllegalArgumentException("content is null for " + name);
  }

  /**
   * Law id for a file or archive member name, or {@code null} when the name is not an
   * {@code .xml} file that starts with a law id.
   *
   * <p>{@code 321CONSTITUTION.xml} → {@code 321CONSTITUTION};
   * {@code 359AC0000000086_20230616_504AC0000000070/359AC0000000086_20230616_504AC0000000070.xml}
   * → {@code 359AC0000000086} (basename, then the part before the first {@code _}).
   */
  public static String lawIdOf(String name) {
    String base = baseName(name);
    if (!base.toLowerCase(Locale.ROOT).endsWith(".xml")) return null;
    String stem = base.substring(0, base.length() - 4);
    int underscore = stem.indexOf('_');
    String id = underscore < 0 ? stem : stem.substring(0, underscore);
    return LAW_ID.matcher(id).matches() ? id : null;
  }

  static String baseName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? name : name.substring(slash + 1);
  }

  public int size() {
    return content.length;
  }

  // Records compare arrays by identity; compare the bytes so equal files are equal entries.
  @Override
  public boolean equals(Object o) {
    return o instanceof CorpusEntry e
        && lawId.equals(e.lawId) && name.equals(e.name) && origin.equals(e.origin)
        && Arrays.equals(content, e.content);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * lawId.hashCode() + name.hashCode()) + origin.hashCode()) + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "CorpusEntry[" + lawId + ", " + name + ", " + origin + ", " + content.length + " bytes]";
  }
}
