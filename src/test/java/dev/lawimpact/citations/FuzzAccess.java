package dev.lawimpact.citations;

/** The citation fixtures' resolver, for the regex fuzz test in dev.lawimpact.fuzz. */
public final class FuzzAccess {
  private FuzzAccess() {}

  public static CitationQueryParser parser() {
    return new CitationQueryParser(Fixtures.resolver());
  }
}
