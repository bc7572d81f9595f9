package dev.lawimpact.impact;

import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.indexing.Analyzers;
import dev.lawimpact.indexing.Fields;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.QueryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The analyser's read-only window on the index: term rarity, text queries over the provisions of
 * Acts and the Constitution, law-title look-ups, and the hiding of one law and its traces for the
 * corpus-replay evaluation ({@link ImpactAnalyzer.Exclusion}).
 */
final class CorpusProbe {

  /** A provision found: ids, label, caption, stored text and score. */
  record Hit(String lawId, String path, String unit, String label, String caption, String text, String lawTitle,
      String lawNum, String lawType, float score) {
    String fullPath() {
      return lawId + "/" + path;
    }
  }

  static final List<BytesRef> STATUTE_TYPES = List.of(new BytesRef("Act"), new BytesRef("Constitution"));
  private final LawIndex index;
  private final ImpactAnalyzer.Exclusion exclusion;
  private final Analyzer kuromoji = Analyzers.kuromoji();
  private final Analyzer bigram = Analyzers.bigram();
  private final int docCount;

  private final Map<String, Integer> amendCounts;

  CorpusProbe(LawIndex index, Map<String, Integer> amendCounts, ImpactAnalyzer.Exclusion exclusion) {
    this.index = index;
    this.amendCounts = amendCounts;
    this.exclusion = exclusion;
    this.docCount = Math.max(1, index.reader().numDocs());
  }

  LawIndex index() {
    return index;
  }

  /** Inverse document frequency of a term's rarest Kuromoji word (0 when the corpus lacks it). */
  double idf(String term) {
    return idfCache.computeIfAbsent(term, this::computeIdf);
  }

  private final Map<String, Double> idfCache = new HashMap<>();

  private double computeIdf(String term) {
    double best = 0;
    try {
      for (String w : tokens(kuromoji, Fields.TEXT, term)) {
        int df = index.reader().docFreq(new Term(Fields.TEXT, w));
        if (df > 0) best = Math.max(best, Math.log((double) docCount / df));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best;
  }

  /** Whether the exact character sequence occurs anywhere in the statutes. */
  int phraseFrequency(String term) {
    return phraseCache.computeIfAbsent(term, this::countPhrase);
  }

  private final Map<String, Integer> phraseCache = new HashMap<>();

  private int countPhrase(String term) {
    Query q = phrase(Fields.TEXT_BIGRAM, term);
    if (q == null) return 0;
    try {
      return index.searcher().count(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A term as a query: all its words (text or caption), or its exact character sequence. */
  Query term(String term) {
    List<String> words = tokens(kuromoji, Fields.TEXT, term);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!words.isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String w : words) {
        all.add(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TEXT, w)), Occur.SHOULD)
            .add(new BoostQuery(new TermQuery(new Term(Fields.CAPTION, w)), 2f), Occur.SHOULD).build(), Occur.MUST);
      }
      any.add(all.build(), Occur.SHOULD);
    }
    Query p = phrase(Fields.TEXT_BIGRAM, term);
    if (p != null) any.add(new BoostQuery(p, 0.5f), Occur.SHOULD);
    return any.setMinimumNumberShouldMatch(1).build();
  }

  Query phrase(String field, String text) {
    return QueryBuilder.bigramPhrase(bigram, field, text);
  }


  /** Provisions of Acts and the Constitution matching q, best first, one per unit, traces of the hidden law removed. */
  List<Hit> provisions(Query q, int n) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(new TermQuery(new Term(Fields.DOC_TYPE, "provision")), Occur.FILTER)
        .add(new TermInSetQuery(Fields.LAW_TYPE, STATUTE_TYPES), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.DELETED, "true")), Occur.MUST_NOT);
    if (exclusion != null) b.add(new TermQuery(new Term(Fields.LAW_ID, exclusion.lawId())), Occur.MUST_NOT);
    try {
      IndexSearcher s = index.searcher();
      TopDocs top = s.search(b.build(), n * 2);
      Map<String, Hit> byUnit = new LinkedHashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        String lawId = d.get(Fields.LAW_ID);
        String unitKey = lawId + "/" + d.get(Fields.UNIT);
        if (byUnit.containsKey(unitKey)) continue;
        String text = nz(d.get(Fields.TEXT));
        if (hidden(d, text)) continue;
        String title = index.law(lawId).map(l -> l.title()).orElse(lawId);
        String num = index.law(lawId).map(l -> l.lawNum()).orElse("");
        byUnit.put(unitKey, new Hit(lawId, d.get(Fields.PATH), d.get(Fields.UNIT), nz(d.get(Fields.LABEL)),
            nz(d.get(Fields.CAPTION)), text, title, num, nz(d.get(Fields.LAW_TYPE)), sd.score));
        if (byUnit.size() >= n) break;
      }
      return new ArrayList<>(byUnit.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One stored provision by its law and in-law path. */
  Optional<Hit> provision(String lawId, String path) {
    try {
      Optional<Document> d = index.document(lawId + "/" + path);
      if (d.isEmpty()) return Optional.empty();
      Document x = d.get();
      String title = index.law(lawId).map(l -> l.title()).orElse(lawId);
      String num = index.law(lawId).map(l -> l.lawNum()).orElse("");
      return Optional.of(new Hit(lawId, x.get(Fields.PATH), x.get(Fields.UNIT), nz(x.get(Fields.LABEL)),
          nz(x.get(Fields.CAPTION)), nz(x.get(Fields.TEXT)), title, num, nz(x.get(Fields.LAW_TYPE)), 0f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Law ids of Acts whose title contains the phrase, shortest title first (the law about it, not its side laws). */
  List<String> lawsTitled(String phrase, int n) {
    Query p = phrase(Fields.TITLE_BIGRAM, phrase);
    if (p == null) return List.of();
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(p, Occur.MUST)
        .add(new TermQuery(new Term(Fields.DOC_TYPE, "law")), Occur.FILTER)
        .add(new TermInSetQuery(Fields.LAW_TYPE, STATUTE_TYPES), Occur.FILTER);
    if (exclusion != null) b.add(new TermQuery(new Term(Fields.LAW_ID, exclusion.lawId())), Occur.MUST_NOT);
    try {
      TopDocs top = index.searcher().search(b.build(), 40);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) ids.add(index.searcher().storedFields().document(sd.doc).get(Fields.LAW_ID));
      ids.sort((x, y) -> Integer.compare(titleOf(x).length(), titleOf(y).length()));
      return ids.subList(0, Math.min(n, ids.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Provisions of one law whose references resolve to the target or something within it (link graph). */
  List<String> citingProvisions(String target, String inLaw, int n) {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.LINK_TARGET_WITHIN, target)), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LINK_STATUS, "resolved")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LINK_SOURCE_LAW, inLaw)), Occur.FILTER).build();
    try {
      TopDocs top = index.searcher().search(q, n);
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        String src = index.searcher().storedFields().document(sd.doc).get(Fields.LINK_SOURCE);
        if (src != null && !out.contains(src)) out.add(src);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String titleOf(String lawId) {
    return index.law(lawId).map(l -> l.title()).orElse(lawId);
  }

  /** How many amending 附則 the law carries: how often Parliament has had to change it. */
  int amendments(String lawId) {
    return amendCounts.getOrDefault(lawId, 0);
  }

  /** Amending 附則 per law, read once per index (the analyser keeps it) from the law documents. */
  static Map<String, Integer> amendmentCounts(LawIndex index) {
    Map<String, Integer> out = new HashMap<>();
    try {
      for (var law : index.laws()) {
        index.lawDocument(law.lawId()).ifPresent(d -> out.put(law.lawId(), d.getValues(Fields.AMEND_LAW_NUM).length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /** Whether the law is the one hidden for a replay. */
  boolean hiddenLaw(String lawId) {
    return exclusion != null && exclusion.lawId().equals(lawId);
  }

  /** Stored traces of the hidden law: its 附則 copied into other laws, and text naming it. */
  private boolean hidden(Document d, String text) {
    if (exclusion == null) return false;
    String suppl = d.get(Fields.SUPPL_AMEND);
    if (suppl != null && exclusion.lawNumKey() != null
        && LawNumber.parse(suppl).map(n -> n.key().equals(exclusion.lawNumKey())).orElse(false)) return true;
    for (String t : exclusion.names()) if (!t.isEmpty() && text.contains(t)) return true;
    return false;
  }

  static List<String> tokens(Analyzer a, String field, String text) {
    return QueryBuilder.tokens(a, field, text, false);
  }


  static String nz(String s) {
    return s == null ? "" : s;
  }
}
