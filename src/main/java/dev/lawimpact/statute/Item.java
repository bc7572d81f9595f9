package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/** 号 (level 0) or Subitem1 … Subitem10 (level 1 … 10: イ, （１）, （ｉ） …). */
public record Item(ProvisionPath path, int level, String num, String title, List<Sentence> sentences,
    List<Node> children, SourceSpan span) implements Provision {

  public Item {
    sentences = List.copyOf(sentences);
    children = List.copyOf(children);
  }

  @Override
  public String caption() {
    return "";
  }
}
