package dev.lawimpact.citations;

/**
 * One Japanese–English pair from the MoJ legal term dictionary. A TERM pairs a headword with one of
 * its English equivalents; an EXAMPLE pairs a Japanese phrase with its English rendering, under
 * the headword it illustrates. usage is the dictionary's 使い分け基準 (when to use this equivalent),
 * reference the provision an example comes from; both may be empty.
 */
public record TermPair(
    String japanese,
    String english,
    Kind kind,
    String headword,
    String reading,
    String usage,
    String reference,
    String source) {

  public enum Kind { TERM, EXAMPLE }

  public TermPair {
    if (japanese == null || japanese.isBlank() || english == null || english.isBlank() || kind == null) {
      throw new IllegalArgumentException("term pair needs Japanese, English and kind");
    }
    headword = headword == null ? japanese : headword;
    reading = reading == null ? "" : reading;
    usage = usage == null ? "" : usage;
    reference = reference == null ? "" : reference;
    source = source == null ? "" : source;
  }

  public static TermPair term(String japanese, String reading, String english, String usage, String source) {
    return new TermPair(japanese, english, Kind.TERM, japanese, reading, usage, "", source);
  }

  public static TermPair example(String japanese, String english, String headword, String reference, String source) {
    return new TermPair(japanese, english, Kind.EXAMPLE, headword, "", "", reference, source);
  }
}
