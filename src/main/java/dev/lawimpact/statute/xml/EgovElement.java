package dev.lawimpact.statute.xml;

import java.util.HashMap;
import java.util.Map;

/**
 * The e-Gov 法令標準XML element vocabulary (schema v3), in one place so that no tag-name string
 * is scattered through the reader. A corpus test checks that every element seen in the real
 * corpus is listed here; the reader reports any other element as a diagnostic.
 */
public enum EgovElement {
  Law, LawNum, LawBody, LawTitle, EnactStatement,
  TOC, TOCLabel, TOCPreambleLabel, TOCPart, TOCChapter, TOCSection, TOCSubsection, TOCDivision,
  TOCArticle, TOCSupplProvision, TOCAppdxTableLabel, ArticleRange,
  Preamble, MainProvision,
  Part, PartTitle, Chapter, ChapterTitle, Section, SectionTitle, Subsection, SubsectionTitle,
  Division, DivisionTitle,
  Article, ArticleTitle, ArticleCaption,
  Paragraph, ParagraphCaption, ParagraphNum, ParagraphSentence, SupplNote,
  AmendProvision, AmendProvisionSentence, NewProvision,
  Class, ClassTitle, ClassSentence,
  Item, ItemTitle, ItemSentence,
  Subitem1, Subitem1Title, Subitem1Sentence, Subitem2, Subitem2Title, Subitem2Sentence,
  Subitem3, Subitem3Title, Subitem3Sentence, Subitem4, Subitem4Title, Subitem4Sentence,
  Subitem5, Subitem5Title, Subitem5Sentence, Subitem6, Subitem6Title, Subitem6Sentence,
  Subitem7, Subitem7Title, Subitem7Sentence, Subitem8, Subitem8Title, Subitem8Sentence,
  Subitem9, Subitem9Title, Subitem9Sentence, Subitem10, Subitem10Title, Subitem10Sentence,
  Sentence, Column,
  SupplProvision, SupplProvisionLabel,
  SupplProvisionAppdxTable, SupplProvisionAppdxTableTitle,
  SupplProvisionAppdxStyle, SupplProvisionAppdxStyleTitle, SupplProvisionAppdx,
  AppdxTable, AppdxTableTitle, AppdxNote, AppdxNoteTitle, AppdxStyle, AppdxStyleTitle,
  AppdxFormat, AppdxFormatTitle, Appdx, ArithFormulaNum, ArithFormula, AppdxFig, AppdxFigTitle,
  TableStruct, TableStructTitle, Table, TableRow, TableHeaderRow, TableHeaderColumn, TableColumn,
  FigStruct, FigStructTitle, Fig,
  NoteStruct, NoteStructTitle, Note,
  StyleStruct, StyleStructTitle, Style,
  FormatStruct, FormatStructTitle, Format,
  RelatedArticleNum, Remarks, RemarksLabel,
  List, ListSentence, Sublist1, Sublist1Sentence, Sublist2, Sublist2Sentence, Sublist3, Sublist3Sentence,
  QuoteStruct, Ruby, Rt, Line, Sup, Sub;

  private static final Map<String, EgovElement> BY_NAME = new HashMap<>();

  static {
    for (EgovElement e : values()) BY_NAME.put(e.name(), e);
  }

  /** The element for a tag name, or null for a name outside the vocabulary. */
  public static EgovElement of(String tagName) {
    return BY_NAME.get(tagName);
  }

  /** Subitem level (1…10) of Subitem1…Subitem10, or 0. */
  public int subitemLevel() {
    String n = name();
    if (n.startsWith("Subitem") && Character.isDigit(n.charAt(n.length() - 1))) {
      return Integer.parseInt(n.substring("Subitem".length()));
    }
    return 0;
  }
}
