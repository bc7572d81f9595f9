package dev.lawimpact.citations.refs;

import dev.lawimpact.identifiers.ProvisionPath;

/**
 * Where a reference is written: the provision whose {@code ownText()} holds it, the character span
 * [start, end) in that text (from the law name, if any, to the end of the last unit 条/項/号/イ),
 * the text itself, how it is written, and whether it stands inside 「」 (quoted wording, e.g. in a
 * 読替え sentence, where the words are another provision's and relative words may not be ours).
 */
public record Mention(ProvisionPath source, int start, int end, String text, MentionKind kind, boolean quoted) {
  public Mention {
    if (source == null || kind == null || text == null) throw new IllegalArgumentException("source, kind and text required");
    if (start < 0 || end < start || text.length() != end - start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }
}
