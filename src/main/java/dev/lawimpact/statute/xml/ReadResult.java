package dev.lawimpact.statute.xml;

import dev.lawimpact.statute.Law;
import java.util.List;
import java.util.Optional;

/** A reader's outcome: the law when it could be built (possibly with warnings), and all problems found. */
public record ReadResult(String source, Law law, List<Diagnostic> diagnostics) {

  public ReadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<Law> lawIfRead() {
    return Optional.ofNullable(law);
  }

  public boolean failed() {
    return law == null;
  }

  /** A problem with its place: severity, the element path or provision where it was seen, what was wrong. */
  public record Diagnostic(Severity severity, String where, String message) {
    @Override
    public String toString() {
      return severity + " " + where + ": " + message;
    }
  }

  public enum Severity { WARNING, ERROR }
}
