package dev.lawimpact.impact;

import java.util.List;

/**
 * The result of one analysis. laws are ranked best first; every listed law has at least one
 * reason and every reason at least one evidence provision ("no evidence, no listing"). Spans of
 * measures refer to {@code analysedText}: the input itself for plain text, the extracted text for
 * XML and HTML.
 */
public record ImpactReport(String title, String language, String format, int inputLength, List<LawImpact> laws,
    List<Constraint> constraints, List<Measure> measures, List<Diagnostic> diagnostics, String analysedText,
    long elapsedMillis) {

  public ImpactReport {
    laws = List.copyOf(laws);
    constraints = List.copyOf(constraints);
    measures = List.copyOf(measures);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A run of the analysed text and the measures whose spans cover it (empty: no measure), for highlighting. */
  public record Segment(String text, List<String> measures) {
    public Segment {
      measures = List.copyOf(measures);
    }

    public boolean marked() {
      return !measures.isEmpty();
    }

    public String measureList() {
      return String.join(" ", measures);
    }
  }

  /** The analysed text cut where measure spans begin or end. */
  public List<Segment> segments() {
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, analysedText.length()));
    for (Measure m : measures) {
      if (m.end() > m.start() && m.end() <= analysedText.length()) {
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    List<Segment> out = new java.util.ArrayList<>();
    Integer prev = null;
    for (int c : cuts) {
      if (prev != null && c > prev) {
        List<String> ids = new java.util.ArrayList<>();
        for (Measure m : measures) if (m.start() <= prev && m.end() >= c && m.end() > m.start()) ids.add(m.id());
        out.add(new Segment(analysedText.substring(prev, c), ids));
      }
      prev = c;
    }
    return out;
  }

  /** One law the bill will likely force the drafters to amend. */
  public record LawImpact(int rank, String lawId, String lawNum, String title, double score, List<Reason> reasons) {
    public LawImpact {
      reasons = List.copyOf(reasons);
    }
  }

  /** Why: the type, a sentence saying it, the measure (id) that causes it, and the provisions that show it. */
  public record Reason(ReasonType type, String explanation, String measure, List<Evidence> provisions, double score) {
    public Reason {
      provisions = List.copyOf(provisions);
    }
  }

  /** An evidence provision with a short snippet of its text. */
  public record Evidence(String lawId, String path, String label, String snippet) {}

  /** A constitutional provision the bill's measure must respect: reported, not something to amend. */
  public record Constraint(String lawId, String path, String label, String snippet, String measure, String explanation,
      double score) {}

  /** Something the analyser noticed about the input (format detected, text truncated, term not understood …). */
  public record Diagnostic(String severity, String message) {}
}
