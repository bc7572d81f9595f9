package dev.lawimpact.citations;

/**
 * Something wrong with an input file or entry, kept as data so that a bad glossary or abbreviation
 * list degrades the service (fewer names resolve) instead of stopping it at startup.
 */
public record Problem(String source, String message) {

  public Problem {
    source = source == null ? "" : source;
    message = message == null ? "" : message;
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
