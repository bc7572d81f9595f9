package dev.lawimpact.citations.refs;

/** One written reference and what it resolves to. */
public record Reference(Mention mention, Resolution resolution) {
  public boolean resolved() {
    return resolution instanceof Resolution.Resolved;
  }
}
