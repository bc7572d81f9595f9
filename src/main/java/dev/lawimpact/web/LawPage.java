package dev.lawimpact.web;

import java.util.List;

/**
 * The law view as shown: metadata, table of contents, the whole text as blocks in document order
 * (every provision's block has its ProvisionPath local form as id, so /laws/{id}#a4-p1 lands on
 * it), the amendment history from the 附則, and the panel for a selected provision.
 * placedLinks / unplacedLinks count reference mentions rendered as links and those whose stored
 * span did not match the text (rendered as plain text instead).
 */
public record LawPage(String lawId, String title, String lawNum, String lawType, int articles, List<TocEntry> toc,
    List<Block> blocks, List<Amendment> history, Selection selection, List<CitingLaw> citingLaws, int placedLinks,
    int unplacedLinks) {

  public LawPage {
    toc = List.copyOf(toc);
    blocks = List.copyOf(blocks);
    history = List.copyOf(history);
    citingLaws = List.copyOf(citingLaws);
  }

  public record TocEntry(String title, String href, int depth) {}

  /**
   * One block of text. type: structure (章・節… heading), suppl (附則 heading), article (heading and
   * caption), provision (項・号・イ … with its text), appendix (別表 … heading and its cells as lines).
   * text: the provision's own sentences, references as links; extra: further lines (table cells,
   * lists) that belong to the provision but are not provisions themselves. lead: on an article, its
   * printed heading (第四条); on its first paragraph, the same heading, printed at the start of the
   * line as statutes are (第四条　…), in which case the article block's own heading is empty.
   */
  public record Block(String id, String type, int depth, String heading, String lead, String caption, List<Piece> text,
      List<String> extra, String selectHref, boolean selected) {
    public Block {
      text = List.copyOf(text);
      extra = List.copyOf(extra);
    }
  }

  /** A run of text; href set when it is a resolved reference, title then names its targets. */
  public record Piece(String text, String href, String title) {}

  public record Amendment(String lawNum, String href) {}

  public record CitingLaw(String title, String href, long count) {}

  /** The selected provision: what cites it and its concept links. */
  public record Selection(String path, String label, String caption, long citedByTotal, List<Citing> citedBy,
      long more, List<Concept> concepts, String clearHref) {
    public Selection {
      citedBy = List.copyOf(citedBy);
      concepts = List.copyOf(concepts);
    }
  }

  public record Citing(String label, String href, String mention) {}

  public record Concept(String label, String href, String caption, String confidence, String evidence) {}
}
