package dev.lawimpact.statute;

import java.util.List;

/** A grouping without its own address: MainProvision, Preamble, 編, 章, 節, 款, 目. */
public record Structure(Kind kind, String num, String title, boolean deleted, List<Node> children, SourceSpan span)
    implements Node {

  public enum Kind { MAIN_PROVISION, PREAMBLE, PART, CHAPTER, SECTION, SUBSECTION, DIVISION }

  public Structure {
    children = List.copyOf(children);
  }
}
