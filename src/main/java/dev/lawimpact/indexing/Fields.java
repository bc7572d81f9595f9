package dev.lawimpact.indexing;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Every Lucene field name, in one commented place. Two kinds of documents share the index:
 * one per law (DOC_TYPE=law) carrying metadata and the table of contents, and one per provision
 * (DOC_TYPE=provision) at two levels: the "unit" (an article, or a paragraph / appendix that
 * stands outside any article) and the parts below it (paragraph, item, subitem), so a hit can
 * point at 第四条第一項 while results are still grouped per article.
 */
public final class Fields {
  private Fields() {}

  /** Bump when the document layout or what the reader extracts changes: an index of another version is rebuilt. */
  public static final int SCHEMA_VERSION = 8;

  /** StringField, stored: ProvisionPath string (359AC0000000086/a4-p1), or "law:" + law id. */
  public static final String ID = "id";
  /** StringField: "law" or "provision". */
  public static final String DOC_TYPE = "doc_type";
  /** StringField, stored, sorted doc values: the law id, for filters and grouping by law. */
  public static final String LAW_ID = "law_id";
  /** StringField, stored: e-Gov LawType (Act, Constitution …), for filters; also a facet dimension. */
  public static final String LAW_TYPE = "law_type";
  /** Stored only: title, number and kana of the law, so a hit renders without a second lookup. */
  public static final String LAW_TITLE = "law_title";
  public static final String LAW_NUM = "law_num";
  public static final String LAW_KANA = "law_kana";
  /** Stored only, multi-valued: abbreviations from the LawTitle's Abbrev attribute. */
  public static final String LAW_ABBREV = "law_abbrev";
  /** Stored only: era name, year and Num attributes, and the promulgation date if given. */
  public static final String LAW_ERA = "law_era";
  public static final String LAW_YEAR = "law_year";
  public static final String LAW_NUMBER_ATTR = "law_number_attr";
  /** Stored only: where the XML came from (archive member or file) for problem reports. */
  public static final String SOURCE = "source";
  /** Stored only, JSON: the table of contents built from the tree (structures with article ranges). */
  public static final String TOC_JSON = "toc_json";
  /** Stored only, multi-valued: the AmendLawNum of each amending 附則, in document order. */
  public static final String AMEND_LAW_NUM = "amend_law_num";
  /** Stored only: counts of articles and provisions in the law. */
  public static final String ARTICLE_COUNT = "article_count";
  public static final String PROVISION_COUNT = "provision_count";

  /** StringField, stored: the in-law path (a4-p1). */
  public static final String PATH = "path";
  /** StringField, stored: path of the enclosing provision, for listing children. */
  public static final String PARENT = "parent";
  /** StringField, stored, sorted doc values: path of the unit (article) this document belongs to, for grouping. */
  public static final String UNIT = "unit";
  /** StringField: "unit" or "part" (see class comment). */
  public static final String LEVEL = "level";
  /** StringField, stored: main (本則), suppl (附則), appendix, preamble; search prefers main. */
  public static final String PART = "part";
  /** StringField, stored: the provision kind (ARTICLE, PARAGRAPH, ITEM, SUBITEM, APPDX_TABLE …). */
  public static final String KIND = "kind";
  /** Stored only: the Japanese label without the law title (第四条第一項). */
  public static final String LABEL = "label";
  /** Stored only: the printed heading (第四条, ２, 一, イ). */
  public static final String HEADING = "heading";
  /** StringField "true" on 削除 articles, which search skips. */
  public static final String DELETED = "deleted";
  /** Stored + NumericDocValues: document order within the law, to list children and TOC in order. */
  public static final String ORD = "ord";
  /** Stored only: the owning 附則's AmendLawNum, so 附則 hits can name the amending law. */
  public static final String SUPPL_AMEND = "suppl_amend";

  /** Kuromoji (search mode), stored, offsets in postings for highlighting: the provision text. */
  public static final String TEXT = "text";
  /** CJK bigrams of the same text, offsets in postings: exact phrases and rare compounds. */
  public static final String TEXT_BIGRAM = "text_bigram";
  /** Kuromoji, stored: the caption （秘密の保護） — strong evidence of what an article is about. */
  public static final String CAPTION = "caption";
  /** CJK bigrams of the caption. */
  public static final String CAPTION_BIGRAM = "caption_bigram";
  /** Kuromoji and bigram fields of a law document's title, so title words find the law. */
  public static final String TITLE = "title";
  public static final String TITLE_BIGRAM = "title_bigram";

  /**
   * NumericDocValues: LawType ordinal + 1 on unit documents, 0 on parts. Search counts hits and
   * law-type facets from it in the same pass that scores, instead of a second facet query.
   */
  public static final String UNIT_TYPE = "unit_type";

  /**
   * NumericDocValues 1 on the only paragraph of an article: search shows the article instead,
   * since statutes cite such a paragraph as the article (第四条, not 第四条第一項).
   */
  public static final String SOLE_PARAGRAPH = "sole_paragraph";

  /**
   * FloatDocValues: the rank prior multiplied into every text score: the article as a whole over
   * a short item that happens to repeat the words (BM25 favours short documents), and 本則 over
   * 附則. Precomputed so a search reads one doc value instead of running two boost queries.
   */
  public static final String RANK_PRIOR = "rank_prior";
  public static final float UNIT_PRIOR = 1.6f;
  public static final float MAIN_PRIOR = 1.3f;

  // ---- link documents (DOC_TYPE=link): one per reference mention, from the second build pass ----

  /** StringField, stored, sorted doc values: the full path of the provision whose text holds the mention. */
  public static final String LINK_SOURCE = "link_source";
  /** StringField: the source and every provision above it, so a4 lists the references of a4-p1 too. */
  public static final String LINK_SOURCE_WITHIN = "link_source_within";
  /** StringField + sorted doc values, stored: the citing law, for "cited by" grouped by law. */
  public static final String LINK_SOURCE_LAW = "link_source_law";
  /** StringField, stored, multi-valued: each resolved target (full path, or a law id for a whole law). */
  public static final String LINK_TARGET = "link_target";
  /** StringField, multi-valued: each target, every provision above it, and its law id: incoming look-ups. */
  public static final String LINK_TARGET_WITHIN = "link_target_within";
  /** Stored: mention kind, mention text, offsets in the source's own text, 準用/読替え flags. */
  public static final String LINK_KIND = "link_kind";
  public static final String LINK_MENTION = "link_mention";
  public static final String LINK_START = "link_start";
  public static final String LINK_END = "link_end";
  public static final String LINK_FLAGS = "link_flags";
  /** StringField, stored: "resolved", or the reason it is not (LAW_NOT_IN_CORPUS …) with its detail. */
  public static final String LINK_STATUS = "link_status";
  public static final String LINK_DETAIL = "link_detail";
  /** NumericDocValues: order of the mention within its law, to list outgoing links as written. */
  public static final String LINK_ORD = "link_ord";

  /** Tokenized, not stored (TEXT is stored apart), offsets in postings so highlighting never re-analyses. */
  static final FieldType TEXT_WITH_OFFSETS = new FieldType();

  static {
    TEXT_WITH_OFFSETS.setTokenized(true);
    TEXT_WITH_OFFSETS.setStored(false);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }
}
