package dev.lawimpact.search;

import dev.lawimpact.statute.Outline;
import java.util.List;

/** A law's metadata, its table of contents and the laws that amended it (from its 附則). */
public record LawDetail(LawSummary law, List<Outline.Entry> outline, List<String> amendedBy) {
  public LawDetail {
    outline = List.copyOf(outline);
    amendedBy = List.copyOf(amendedBy);
  }
}
