package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/** An addressable node: article, paragraph, item/subitem, 附則, appendix. */
public sealed interface Provision extends Node
    permits Article, Paragraph, Item, SupplProvision, Appendix {

  ProvisionPath path();

  /** The heading as printed: 第四条, ２, 一, イ, 附則, 別表第一 (may be empty). */
  String title();

  /** ArticleCaption / ParagraphCaption without the brackets' meaning changed: （秘密の保護）. */
  String caption();

  /** This node's own sentences (empty for articles, whose text lives in paragraphs). */
  List<Sentence> sentences();

  List<Node> children();

  /** Own sentences joined; a column layout (定義規定) is joined with a full-width space. */
  default String ownText() {
    return Sentence.join(sentences());
  }
}
