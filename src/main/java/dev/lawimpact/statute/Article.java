package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/** 条. num is e-Gov's Num ("6_2", or "10:11" for a deleted range); deleted marks 削除. */
public record Article(ProvisionPath path, String num, String title, String caption, boolean deleted,
    List<Node> children, SourceSpan span) implements Provision {

  public Article {
    children = List.copyOf(children);
  }

  @Override
  public List<Sentence> sentences() {
    return List.of();
  }
}
