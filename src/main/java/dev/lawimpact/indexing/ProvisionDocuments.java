package dev.lawimpact.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Outline;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns one law tree into its Lucene documents (see {@link Fields} for the layout). */
public final class ProvisionDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts of what one law produced. */
  public record Counts(int articles, int provisions) {}

  private ProvisionDocuments() {}

  /**
   * The documents of one law. analyzers supplies per-thread analyzers (Kuromoji and bigram) whose
   * tokens are cached per text piece for this law only.
   */
  public static List<Document> of(Law law, String source, Analyzer kuromoji, Analyzer bigram, Counts[] countsOut) {
    List<Document> docs = new ArrayList<>();
    Tokenizers tk = new Tokenizers(new PieceTokens(kuromoji, Fields.TEXT), new PieceTokens(bigram, Fields.TEXT_BIGRAM));
    LawMeta m = law.meta();
    int[] ord = {0};
    int[] articles = {0};
    if (law.preamble() != null) walk(tk, law, law.preamble(), null, null, "preamble", "", docs, ord, articles);
    walk(tk, law, law.mainProvision(), null, null, "main", "", docs, ord, articles);
    for (SupplProvision s : law.supplProvisions()) walk(tk, law, s, null, null, "suppl", s.amendLawNum(), docs, ord, articles);
    for (Appendix a : law.appendices()) walk(tk, law, a, null, null, "appendix", "", docs, ord, articles);

    Document d = new Document();
    d.add(new StringField(Fields.ID, "law:" + m.lawId().value(), Field.Store.YES));
    d.add(new StringField(Fields.DOC_TYPE, "law", Field.Store.NO));
    addLawFields(d, m);
    d.add(new TextField(Fields.TITLE, m.title(), Field.Store.NO));
    d.add(new TextField(Fields.TITLE_BIGRAM, m.title(), Field.Store.NO));
    d.add(new StoredField(Fields.LAW_KANA, m.titleKana()));
    for (String a : m.abbreviations()) d.add(new StoredField(Fields.LAW_ABBREV, a));
    d.add(new StoredField(Fields.LAW_ERA, m.era().egovName));
    d.add(new StoredField(Fields.LAW_YEAR, m.year()));
    d.add(new StoredField(Fields.LAW_NUMBER_ATTR, m.num()));
    d.add(new StoredField(Fields.SOURCE, source));
    for (SupplProvision s : law.supplProvisions()) {
      if (!s.amendLawNum().isEmpty()) d.add(new StoredField(Fields.AMEND_LAW_NUM, s.amendLawNum()));
    }
    try {
      d.add(new StoredField(Fields.TOC_JSON, JSON.writeValueAsString(Outline.of(law))));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    d.add(new StoredField(Fields.ARTICLE_COUNT, articles[0]));
    d.add(new StoredField(Fields.PROVISION_COUNT, docs.size()));
    docs.add(d);
    if (countsOut != null) countsOut[0] = new Counts(articles[0], docs.size() - 1);
    return docs;
  }

  private static void addLawFields(Document d, LawMeta m) {
    d.add(new StringField(Fields.LAW_ID, m.lawId().value(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.LAW_ID, new BytesRef(m.lawId().value())));
    d.add(new StringField(Fields.LAW_TYPE, m.type().egovName, Field.Store.YES));
    d.add(new StoredField(Fields.LAW_TITLE, m.title()));
    d.add(new StoredField(Fields.LAW_NUM, m.lawNumText()));
  }

  /**
   * Depth-first walk. unit is the path of the enclosing unit (article, or a paragraph/appendix
   * outside any article) or null above units; parent the nearest enclosing indexed provision.
   */
  private static void walk(Tokenizers tk, Law law, Node n, ProvisionPath unit, ProvisionPath parent, String part, String supplAmend,
      List<Document> docs, int[] ord, int[] articles) {
    if (n instanceof Structure s) {
      for (Node c : s.children()) walk(tk, law, c, unit, parent, part, supplAmend, docs, ord, articles);
      return;
    }
    if (!(n instanceof Provision p)) return;
    if (p instanceof SupplProvision) {
      // The 附則 itself is not a search unit: its articles and paragraphs are.
      for (Node c : p.children()) walk(tk, law, c, null, p.path(), part, supplAmend, docs, ord, articles);
      return;
    }
    boolean isUnit = unit == null;
    ProvisionPath myUnit = isUnit ? p.path() : unit;
    if (p instanceof Article) articles[0]++;
    docs.add(provisionDoc(tk, law.meta(), p, myUnit, parent, isUnit, part, supplAmend, ord[0]++));
    for (Node c : p.children()) walk(tk, law, c, myUnit, p.path(), part, supplAmend, docs, ord, articles);
  }

  private static Document provisionDoc(Tokenizers tk, LawMeta m, Provision p, ProvisionPath unit, ProvisionPath parent,
      boolean isUnit, String part, String supplAmend, int ord) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, p.path().toString(), Field.Store.YES));
    d.add(new StringField(Fields.DOC_TYPE, "provision", Field.Store.NO));
    addLawFields(d, m);
    d.add(new StringField(Fields.PATH, p.path().local(), Field.Store.YES));
    d.add(new StringField(Fields.PARENT, parent == null ? "" : parent.local(), Field.Store.YES));
    d.add(new StringField(Fields.UNIT, unit.local(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.UNIT, new BytesRef(unit.local())));
    d.add(new StringField(Fields.LEVEL, isUnit ? "unit" : "part", Field.Store.NO));
    d.add(new StringField(Fields.PART, part, Field.Store.YES));
    d.add(new StringField(Fields.KIND, kind(p), Field.Store.YES));
    d.add(new StoredField(Fields.LABEL, p.path().label()));
    d.add(new StoredField(Fields.HEADING, p.title()));
    if (!supplAmend.isEmpty()) d.add(new StoredField(Fields.SUPPL_AMEND, supplAmend));
    if (p instanceof Article a && a.deleted()) d.add(new StringField(Fields.DELETED, "true", Field.Store.YES));
    d.add(new NumericDocValuesField(Fields.ORD, ord));
    d.add(new StoredField(Fields.ORD, ord));
    List<String> pieces = Law.textPieces(p);
    d.add(new StoredField(Fields.TEXT, String.join("\n", pieces)));
    d.add(new Field(Fields.TEXT, tk.kuromoji().stream(pieces), Fields.TEXT_WITH_OFFSETS));
    d.add(new Field(Fields.TEXT_BIGRAM, tk.bigram().stream(pieces), Fields.TEXT_WITH_OFFSETS));
    if (!p.caption().isEmpty()) {
      d.add(new TextField(Fields.CAPTION, p.caption(), Field.Store.YES));
      d.add(new TextField(Fields.CAPTION_BIGRAM, p.caption(), Field.Store.NO));
    }
    // Read back at search time to count unit hits per law type without a second pass.
    d.add(new NumericDocValuesField(Fields.UNIT_TYPE, isUnit ? m.type().ordinal() + 1 : 0));
    return d;
  }

  private record Tokenizers(PieceTokens kuromoji, PieceTokens bigram) {}

  private static String kind(Provision p) {
    return p.path().last().map(s -> s.kind().name()).orElse("LAW");
  }


}
