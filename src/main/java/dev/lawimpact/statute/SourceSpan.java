package dev.lawimpact.statute;

/** Character offsets [start, end) of a node in its source XML; NONE when unknown (built in code). */
public record SourceSpan(int start, int end) {
  public static final SourceSpan NONE = new SourceSpan(-1, -1);
}
