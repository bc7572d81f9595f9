package dev.lawimpact.statute;

import java.util.List;

/** The printed table of contents (目次) as e-Gov gives it. */
public record Toc(String label, List<Entry> entries) {

  public Toc {
    entries = List.copyOf(entries);
  }

  /** kind: Part, Chapter, Section, Subsection, Division, SupplProvision, Preamble, Article. */
  public record Entry(String kind, String num, String title, String articleRange, List<Entry> children) {
    public Entry {
      children = List.copyOf(children);
    }
  }
}
