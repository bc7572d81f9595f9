package dev.lawimpact.indexing;

import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.citations.refs.Reference;
import dev.lawimpact.citations.refs.ReferenceExtractor;
import dev.lawimpact.citations.refs.Resolution;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Law;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** One law's references as link documents (see the link fields in {@link Fields}). */
public final class LinkDocuments {
  private LinkDocuments() {}

  /** corpusHas: whether a provision path exists in the corpus (targets in other laws are checked with it). */
  public static List<Document> of(Law law, LawTitleResolver titles, java.util.function.Predicate<ProvisionPath> corpusHas) {
    List<Document> docs = new ArrayList<>();
    int ord = 0;
    for (Reference r : ReferenceExtractor.extract(law, titles, corpusHas)) {
      // Quoted words belong to amendment text (改め文, 読替え), not to this law's own references.
      if (r.mention().quoted()) continue;
      Document d = new Document();
      ProvisionPath source = r.mention().source();
      d.add(new StringField(Fields.DOC_TYPE, "link", Field.Store.NO));
      d.add(new StringField(Fields.LINK_SOURCE, source.toString(), Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.LINK_SOURCE, new BytesRef(source.toString())));
      for (String s : selfAndAncestors(source)) d.add(new StringField(Fields.LINK_SOURCE_WITHIN, s, Field.Store.NO));
      String law0 = source.lawId().value();
      d.add(new StringField(Fields.LINK_SOURCE_LAW, law0, Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.LINK_SOURCE_LAW, new BytesRef(law0)));
      d.add(new StoredField(Fields.LINK_KIND, r.mention().kind().name()));
      d.add(new StoredField(Fields.LINK_MENTION, r.mention().text()));
      d.add(new StoredField(Fields.LINK_START, r.mention().start()));
      d.add(new StoredField(Fields.LINK_END, r.mention().end()));
      d.add(new NumericDocValuesField(Fields.LINK_ORD, ord++));
      if (r.resolution() instanceof Resolution.Resolved res) {
        d.add(new StringField(Fields.LINK_STATUS, "resolved", Field.Store.YES));
        Set<String> within = new LinkedHashSet<>();
        for (ProvisionPath t : res.targets()) {
          d.add(new StringField(Fields.LINK_TARGET, t.toString(), Field.Store.YES));
          within.addAll(selfAndAncestors(t));
        }
        for (String w : within) d.add(new StringField(Fields.LINK_TARGET_WITHIN, w, Field.Store.NO));
        String flags = (res.junyo() ? "junyo " : "") + (res.yomikae() ? "yomikae" : "");
        if (!flags.isBlank()) d.add(new StoredField(Fields.LINK_FLAGS, flags.strip()));
      } else if (r.resolution() instanceof Resolution.Unresolved u) {
        d.add(new StringField(Fields.LINK_STATUS, u.reason().name(), Field.Store.YES));
        d.add(new StoredField(Fields.LINK_DETAIL, u.detail()));
      }
      docs.add(d);
    }
    return docs;
  }

  /** 359AC0000000086/a4-p1 → itself, 359AC0000000086/a4 and 359AC0000000086. */
  static List<String> selfAndAncestors(ProvisionPath p) {
    List<String> out = new ArrayList<>();
    for (ProvisionPath x = p; ; x = x.parent().orElseThrow()) {
      out.add(x.toString());
      if (x.isWholeLaw()) break;
    }
    return out;
  }
}
