package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/** 項. title is the printed ParagraphNum (empty for an article's unnumbered first paragraph). */
public record Paragraph(ProvisionPath path, String num, String title, String caption,
    List<Sentence> sentences, List<Node> children, SourceSpan span) implements Provision {

  public Paragraph {
    sentences = List.copyOf(sentences);
    children = List.copyOf(children);
  }
}
