package dev.lawimpact.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-Gov law id (法令ID), e.g. 359AC0000000086 or 321CONSTITUTION: era digit, two-digit era year,
 * then a type form. Not used to infer the law type (ministerial ids can be Rules); that comes
 * from the XML's LawType attribute.
 */
public record LawId(String value) implements Comparable<LawId> {

  private static final Pattern FORM = Pattern.compile(
      "[1-5][0-9]{2}(CONSTITUTION|(AC|CO|IO|DF|DT|DH)[0-9]{10}|[MR][0-9A-Z]{11})");

  public LawId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not an e-Gov law id: " + value);
    }
  }

  public static Optional<LawId> parse(String s) {
    return s != null && FORM.matcher(s).matches() ? Optional.of(new LawId(s)) : Optional.empty();
  }

  public static boolean isValid(String s) {
    return s != null && FORM.matcher(s).matches();
  }

  public Era era() {
    return Era.fromDigit(value.charAt(0) - '0').orElseThrow();
  }

  public int eraYear() {
    return Integer.parseInt(value.substring(1, 3));
  }

  @Override
  public int compareTo(LawId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
