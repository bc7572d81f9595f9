package dev.lawimpact.corpus;

/**
 * A diagnostic reported while reading a corpus source: a truncated archive member, an unreadable
 * file, a member that is not a law XML file. Reported as data so one bad file never hides the rest.
 *
 * @param origin description of the source, e.g. {@code acts.tar.xz}
 * @param name   member or file name concerned, or {@code null} when unknown (e.g. a missing archive)
 * @param reason what went wrong, in plain words
 */
public record CorpusProblem(String origin, String name, String reason) {

  @Override
  public String toString() {
    return origin + (name == null ? "" : " [" + name + "]") + ": " + reason;
  }
}
