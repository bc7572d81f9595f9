package dev.lawimpact.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Outline;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
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
   * The documents of one law: its provisions, then the law document. The analyzers are the
   * calling thread's own; their tokens are cached per text piece for this law only.
   */
  public static List<Document> of(Law law, String source, Analyzer kuromoji, Analyzer bigram, Counts[] countsOut) {
    LawMeta m = law.meta();
    Walker w = new Walker(m, new PieceTokens(kuromoji, Fields.TEXT), new PieceTokens(bigram, Fields.TEXT_BIGRAM));
    if (law.preamble() != null) w.inPart("preamble", "").walk(law.preamble(), null, null, false);
    w.inPart("main", "").walk(law.mainProvision(), null, null, false);
    for (SupplProvision s : law.supplProvisions()) w.inPart("suppl", s.amendLawNum()).walk(s, null, null, false);
    for (Appendix a : law.appendices()) w.inPart("appendix", "").walk(a, null, null, false);
    List<Document> docs = w.docs;
    int provisions = docs.size();

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
    d.add(new StoredField(Fields.ARTICLE_COUNT, w.articles));
    d.add(new StoredField(Fields.PROVISION_COUNT, provisions));
    docs.add(d);
    if (countsOut != null) countsOut[0] = new Counts(w.articles, provisions);
    return docs;
  }

  private static void addLawFields(Document d, LawMeta m) {
    d.add(new StringField(Fields.LAW_ID, m.lawId().value(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.LAW_ID, new BytesRef(m.lawId().value())));
    d.add(new StringField(Fields.LAW_TYPE, m.type().egovName, Field.Store.YES));
    d.add(new StoredField(Fields.LAW_TITLE, m.title()));
    d.add(new StoredField(Fields.LAW_NUM, m.lawNumText()));
  }

  /** One law's walk: where documents go and the running counters. */
  private static final class Walker {
    final LawMeta meta;
    final PieceTokens kuromoji;
    final PieceTokens bigram;
    final List<Document> docs = new ArrayList<>();
    int ord;
    int articles;
    String part = "main";
    String supplAmend = "";

    Walker(LawMeta meta, PieceTokens kuromoji, PieceTokens bigram) {
      this.meta = meta;
      this.kuromoji = kuromoji;
      this.bigram = bigram;
    }

    Walker inPart(String part, String supplAmend) {
      this.part = part;
      this.supplAmend = supplAmend;
      return this;
    }

    /**
     * Depth-first. unit: path of the enclosing unit (article, or a paragraph/appendix outside any
     * article), null above units; parent: the nearest enclosing provision; underSole: inside the
     * only paragraph of an article, which citations leave out (第四条第三号, not 第四条第一項第三号).
     */
    void walk(Node n, ProvisionPath unit, ProvisionPath parent, boolean underSole) {
      if (n instanceof Structure s) {
        for (Node c : s.children()) walk(c, unit, parent, underSole);
        return;
      }
      if (!(n instanceof Provision p)) return;
      if (p instanceof SupplProvision) {
        // The 附則 itself is not a search unit: its articles and paragraphs are.
        for (Node c : p.children()) walk(c, null, p.path(), false);
        return;
      }
      boolean isUnit = unit == null;
      ProvisionPath myUnit = isUnit ? p.path() : unit;
      if (p instanceof Article) articles++;
      boolean sole = p instanceof Paragraph && !isUnit && isSole;
      docs.add(provisionDoc(p, myUnit, parent, isUnit, sole, underSole || sole));
      boolean childSole = p instanceof Article a && a.children().stream().filter(c -> c instanceof Paragraph).count() == 1;
      for (Node c : p.children()) {
        isSole = childSole;
        walk(c, myUnit, p.path(), underSole || sole);
      }
      isSole = false;
    }

    /** Set by an article for its children: it has exactly one paragraph. */
    private boolean isSole;

    private Document provisionDoc(Provision p, ProvisionPath unit, ProvisionPath parent, boolean isUnit,
        boolean soleParagraph, boolean omitParagraph) {
      Document d = new Document();
      d.add(new StringField(Fields.ID, p.path().toString(), Field.Store.YES));
      d.add(new StringField(Fields.DOC_TYPE, "provision", Field.Store.NO));
      addLawFields(d, meta);
      d.add(new StringField(Fields.PATH, p.path().local(), Field.Store.YES));
      d.add(new StringField(Fields.PARENT, parent == null ? "" : parent.local(), Field.Store.YES));
      d.add(new StringField(Fields.UNIT, unit.local(), Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.UNIT, new BytesRef(unit.local())));
      d.add(new StringField(Fields.LEVEL, isUnit ? "unit" : "part", Field.Store.NO));
      d.add(new StringField(Fields.PART, part, Field.Store.YES));
      d.add(new StringField(Fields.KIND, p.path().last().map(s -> s.kind().name()).orElse("LAW"), Field.Store.YES));
      d.add(new StoredField(Fields.LABEL, label(p.path(), omitParagraph)));
      d.add(new StoredField(Fields.HEADING, p.title()));
      if (!supplAmend.isEmpty()) d.add(new StoredField(Fields.SUPPL_AMEND, supplAmend));
      if (p instanceof Article a && a.deleted()) d.add(new StringField(Fields.DELETED, "true", Field.Store.YES));
      d.add(new NumericDocValuesField(Fields.ORD, ord));
      d.add(new StoredField(Fields.ORD, ord++));
      List<String> pieces = Law.textPieces(p);
      d.add(new StoredField(Fields.TEXT, String.join("\n", pieces)));
      d.add(new Field(Fields.TEXT, kuromoji.stream(pieces), Fields.TEXT_WITH_OFFSETS));
      d.add(new Field(Fields.TEXT_BIGRAM, bigram.stream(pieces), Fields.TEXT_WITH_OFFSETS));
      if (!p.caption().isEmpty()) {
        d.add(new TextField(Fields.CAPTION, p.caption(), Field.Store.YES));
        d.add(new TextField(Fields.CAPTION_BIGRAM, p.caption(), Field.Store.NO));
      }
      // Read back at search time to count unit hits per law type without a second pass.
      d.add(new NumericDocValuesField(Fields.UNIT_TYPE, isUnit ? meta.type().ordinal() + 1 : 0));
      if (soleParagraph) d.add(new NumericDocValuesField(Fields.SOLE_PARAGRAPH, 1));
      float prior = (isUnit ? Fields.UNIT_PRIOR : 1f) * ("main".equals(part) ? Fields.MAIN_PRIOR : 1f);
      d.add(new FloatDocValuesField(Fields.RANK_PRIOR, prior));
      return d;
    }
  }

  /** The citation label; under an article's only paragraph the 第一項 is left out, as statutes cite it. */
  static String label(ProvisionPath path, boolean omitParagraph) {
    if (!omitParagraph) return path.label();
    List<ProvisionPath.Segment> kept = new ArrayList<>();
    boolean dropped = false;
    for (ProvisionPath.Segment s : path.segments()) {
      if (!dropped && s.kind() == Kind.PARAGRAPH && !kept.isEmpty() && kept.get(kept.size() - 1).kind() == Kind.ARTICLE) {
        dropped = true;
        continue;
      }
      kept.add(s);
    }
    return new ProvisionPath(path.lawId(), kept).label();
  }
}
