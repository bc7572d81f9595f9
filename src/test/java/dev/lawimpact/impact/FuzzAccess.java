package dev.lawimpact.impact;

/** The measure recogniser (package-private), for the regex fuzz test in dev.lawimpact.fuzz. */
public final class FuzzAccess {
  private FuzzAccess() {}

  public static int measures(String text) {
    return MeasureRecognizer.recognise(text, MeasureRecognizer.sentences(text)).size();
  }
}
