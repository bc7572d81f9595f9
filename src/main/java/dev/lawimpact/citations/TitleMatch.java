package dev.lawimpact.citations;

/**
 * A law name found in a text: the characters [start, end) as the user wrote them, and what they
 * resolve to. Found names always resolve or are ambiguous; a non-match is simply not listed.
 */
public record TitleMatch(String text, int start, int end, Resolution resolution) {

  public int length() {
    return end - start;
  }

  public MatchRule rule() {
    return resolution.rule();
  }
}
