package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/** 別表, 別記, 様式, 書式, 別図, 付録 (and their 附則 counterparts). relatedArticleNum: （第三条関係）. */
public record Appendix(ProvisionPath path, String num, String title, String relatedArticleNum,
    List<Node> children, SourceSpan span) implements Provision {

  public Appendix {
    children = List.copyOf(children);
  }

  @Override
  public String caption() {
    return relatedArticleNum;
  }

  @Override
  public List<Sentence> sentences() {
    return List.of();
  }
}
