package dev.lawimpact.statute;

import java.util.List;

/** Content without an address of its own. */
public sealed interface Block extends Node {

  /** TableStruct: rows of cells, each cell's text flattened (cells may hold items or sentences). */
  record Table(String title, List<List<Cell>> rows, SourceSpan span) implements Block {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  record Cell(String text, int rowspan, int colspan) {}

  /** List / Sublist1…3 (列記), level 0 for List. */
  record ListBlock(int level, List<Sentence> sentences, List<ListBlock> children, SourceSpan span) implements Block {
    public ListBlock {
      sentences = List.copyOf(sentences);
      children = List.copyOf(children);
    }
  }

  /**
   * An amendment inside an amending 附則 or act: the 改め文 sentences and the NewProvision content
   * as a tree. Paths inside newProvisions are relative to the amended law and carry this law's id
   * only as a placeholder; the amendment applier re-bases them.
   */
  record AmendProvision(List<String> sentences, List<Node> newProvisions, SourceSpan span) implements Block {
    public AmendProvision {
      sentences = List.copyOf(sentences);
      newProvisions = List.copyOf(newProvisions);
    }
  }

  /** Fig, ArithFormula, StyleStruct, FormatStruct, NoteStruct and similar: text plus an optional file reference. */
  record Figure(String element, String title, String src, String text, SourceSpan span) implements Block {}

  /** Remarks (備考) with its label and sentences/items. */
  record Remarks(String label, List<Sentence> sentences, List<Node> children, SourceSpan span) implements Block {
    public Remarks {
      sentences = List.copyOf(sentences);
      children = List.copyOf(children);
    }
  }

  /** Anything else the reader keeps as plain text (SupplNote, QuoteStruct at block level …). */
  record Text(String element, String text, SourceSpan span) implements Block {}
}
