package dev.lawimpact.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawimpact.indexing.Fields;
import dev.lawimpact.indexing.IndexBuilder;
import dev.lawimpact.statute.Outline;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An open, read-only index: the searcher plus the law catalogue read from the law documents at
 * open time (2,000 small documents, a few milliseconds), so listing laws and resolving titles
 * never touch the provision documents.
 */
public final class LawIndex implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, LawSummary> laws;
  private final IndexBuilder.Report report;

  private LawIndex(Path path, Directory directory, DirectoryReader reader, Map<String, LawSummary> laws, IndexBuilder.Report report) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.laws = laws;
    this.report = report;
  }

  /** Opens the index at dir; fails with IOException when it is missing, corrupt or of another schema. */
  public static LawIndex open(Path dir) throws IOException {
    Directory d = FSDirectory.open(dir);
    DirectoryReader r = null;
    try {
      r = DirectoryReader.open(d);
      IndexBuilder.Report report = IndexBuilder.reportOf(r.getIndexCommit().getUserData());
      if (report == null) throw new IOException("index at " + dir + " has no build report or another schema version");
      IndexSearcher s = new IndexSearcher(r);
      TopDocs top = s.search(new TermQuery(new Term(Fields.DOC_TYPE, "law")), Math.max(1, r.maxDoc()));
      List<LawSummary> list = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) list.add(summary(s.storedFields().document(sd.doc)));
      list.sort(Comparator.comparing(LawSummary::lawId));
      Map<String, LawSummary> byId = new LinkedHashMap<>();
      for (LawSummary l : list) byId.put(l.lawId(), l);
      return new LawIndex(dir, d, r, byId, report);
    } catch (IOException | RuntimeException e) {
      if (r != null) r.close();
      d.close();
      throw e instanceof IOException io ? io : new IOException("cannot open index at " + dir + ": " + e, e);
    }
  }

  private static LawSummary summary(Document d) {
    List<String> abbrevs = Arrays.stream(d.getValues(Fields.LAW_ABBREV)).toList();
    return new LawSummary(d.get(Fields.LAW_ID), d.get(Fields.LAW_TITLE), d.get(Fields.LAW_NUM), d.get(Fields.LAW_TYPE),
        nz(d.get(Fields.LAW_KANA)), abbrevs, nz(d.get(Fields.LAW_ERA)), intOf(d, Fields.LAW_YEAR),
        nz(d.get(Fields.LAW_NUMBER_ATTR)), intOf(d, Fields.ARTICLE_COUNT), intOf(d, Fields.PROVISION_COUNT),
        nz(d.get(Fields.SOURCE)));
  }

  private static int intOf(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public Path directoryPath() {
    return path;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public DirectoryReader reader() {
    return reader;
  }

  public IndexBuilder.Report report() {
    return report;
  }

  /** All laws, ordered by law id. */
  public List<LawSummary> laws() {
    return List.copyOf(laws.values());
  }

  public Optional<LawSummary> law(String lawId) {
    return Optional.ofNullable(laws.get(lawId));
  }

  /** The stored law document (outline, amendment list). */
  public Optional<Document> lawDocument(String lawId) throws IOException {
    return document("law:" + lawId);
  }

  /** A stored document by its id field. */
  public Optional<Document> document(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) return Optional.empty();
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  public List<Outline.Entry> outline(Document lawDoc) throws IOException {
    String json = lawDoc.get(Fields.TOC_JSON);
    return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Outline.Entry>>() {});
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
