package dev.lawimpact.search;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.indexing.Analyzers;
import dev.lawimpact.indexing.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Concept links: provisions elsewhere that protect, restrict or operationalise the same legal
 * interest as an anchor provision, found without any table of concepts:
 * (1) the anchor's key terms are its rarest content words (by document frequency in the index);
 * (2) provisions of other laws where at least two key terms co-occur, in the text or the caption,
 * are the first candidates; (3) their variant vocabulary (words far more frequent among them than
 * in the corpus: 漏らし, 窃用, 傍受 …) widens the search; (4) provisions that cite a candidate and
 * punish (…に処する) inherit the concept through the link graph. Each link carries its evidence
 * and a confidence in [0, 1] relative to the best candidate.
 */
public final class ConceptLinks {

  /** One concept link with its evidence. via is empty for term evidence, else the candidate cited. */
  public record Link(String path, String label, String caption, double confidence, List<String> matchedTerms,
      String via, String evidence) {}

  public record Result(String anchor, List<String> keyTerms, List<String> variants, List<Link> links) {}

  private static final int KEY_TERMS = 6;
  private static final int VARIANTS = 6;
  private static final int SEED = 25;
  private final LawIndex index;
  private final LinkService linkService;
  private final Analyzer kuromoji = Analyzers.kuromoji();

  public ConceptLinks(LawIndex index, LinkService links) {
    this.index = index;
    this.linkService = links;
  }

  /**
   * Concept links of a provision. An article with several paragraphs usually guarantees several
   * interests (憲法第二十一条: freedom of expression, and the secrecy of communications), so each
   * paragraph is an anchor of its own and the results are merged (best confidence wins).
   */
  public Result find(String lawId, String local, int limit) {
    if (!LawId.isValid(lawId)) throw new BadQueryException("'" + lawId + "' is not an e-Gov law id");
    ProvisionPath anchor;
    try {
      anchor = ProvisionPath.parseLocal(new LawId(lawId), local);
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("provision path: " + e.getMessage());
    }
    List<String> paragraphs = new ArrayList<>();
    try {
      if (anchor.last().map(x -> x.kind() == ProvisionPath.Kind.ARTICLE).orElse(false)) {
        TopDocs kids = index.searcher().search(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.LAW_ID, lawId)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.PARENT, anchor.local())), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.KIND, "PARAGRAPH")), Occur.FILTER).build(), 50);
        for (ScoreDoc sd : kids.scoreDocs) paragraphs.add(index.searcher().storedFields().document(sd.doc).get(Fields.PATH));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (paragraphs.size() < 2) return findOne(lawId, local, limit);
    Map<String, Link> merged = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    for (String p : paragraphs) {
      Result r = findOne(lawId, p, limit);
      keys.addAll(r.keyTerms());
      variants.addAll(r.variants());
      for (Link l : r.links()) merged.merge(l.path(), l, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }
    List<Link> links = merged.values().stream().sorted(Comparator.comparingDouble(Link::confidence).reversed())
        .limit(limit).toList();
    return new Result(anchor.toString(), List.copyOf(keys), List.copyOf(variants), links);
  }

  private Result findOne(String lawId, String local, int limit) {
    try {
      ProvisionPath anchor = ProvisionPath.parseLocal(new LawId(lawId), local);
      Document doc = index.document(anchor.toString())
          .orElseThrow(() -> new NotFoundException("no provision " + local + " in " + lawId));
      IndexSearcher s = index.searcher();
      IndexReader r = s.getIndexReader();
      String anchorText = doc.get(Fields.TEXT) + "\n" + nz(doc.get(Fields.CAPTION));
      List<String> keys = keyTerms(r, anchorText);
      if (keys.size() < 2) return new Result(anchor.toString(), keys, List.of(), List.of());

      Map<String, Candidate> found = new LinkedHashMap<>();
      TopDocs seed = s.search(termsQuery(keys, List.of(), lawId), SEED);
      collect(s, seed, keys, List.of(), found);
      List<String> variants = variants(r, s, seed, keys);
      TopDocs wide = s.search(termsQuery(keys, variants, lawId), Math.max(limit, SEED) * 2);
      collect(s, wide, keys, variants, found);

      // Penal provisions citing a candidate inherit the concept (through the reference graph).
      List<Candidate> top = found.values().stream().sorted(Comparator.comparingDouble(Candidate::score).reversed())
          .limit(SEED).toList();
      for (Candidate c : top) {
        ProvisionPath p = ProvisionPath.parse(c.path);
        LinkView.Page in = linkService.links(p.lawId().value(), p.local(), "in", 100, 0);
        for (LinkView l : in.links()) {
          if (found.containsKey(unitOf(l.source())) || l.source().startsWith(lawId + "/")) continue;
          Document src = index.document(l.source()).orElse(null);
          if (src == null || !src.get(Fields.TEXT).contains("に処する")) continue;
          found.put(unitOf(l.source()), new Candidate(l.source(), c.score * 0.8, List.of(), c.path,
              "penal provision citing " + c.label + " 「" + l.mention() + "」", src, c.label));
        }
      }
      double best = found.values().stream().mapToDouble(Candidate::score).max().orElse(1);
      List<Link> links = found.values().stream().sorted(Comparator.comparingDouble(Candidate::score).reversed())
          .limit(limit)
          .map(c -> new Link(c.path, c.title(), nz(c.doc.get(Fields.CAPTION)), Math.round(c.score / best * 1000) / 1000.0,
              c.terms, c.via, c.evidence))
          .toList();
      return new Result(anchor.toString(), keys, variants, links);
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("provision path: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Candidate(String path, double score, List<String> terms, String via, String evidence, Document doc,
      String label) {
    String title() {
      return doc.get(Fields.LAW_TITLE) + " " + doc.get(Fields.LABEL);
    }
  }

  private static String unitOf(String path) {
    int dash = path.indexOf('-', path.indexOf('/'));
    return dash < 0 ? path : path.substring(0, dash);
  }

  /** The anchor's rarest content words (two characters or more, present in enough documents to be vocabulary). */
  private List<String> keyTerms(IndexReader r, String text) throws IOException {
    Map<String, Double> idf = new HashMap<>();
    int n = r.numDocs();
    for (String t : QueryBuilder.tokens(kuromoji, Fields.TEXT, text, true)) {
      if (t.length() < 2 || !hasKanji(t)) continue;
      int df = r.docFreq(new Term(Fields.TEXT, t));
      if (df < 5) continue;
      idf.put(t, Math.log((double) n / df));
    }
    return idf.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(KEY_TERMS).map(Map.Entry::getKey).toList();
  }

  /** Words far more frequent among the seed provisions than in the corpus: the interest's vocabulary. */
  private List<String> variants(IndexReader r, IndexSearcher s, TopDocs seed, List<String> keys) throws IOException {
    Map<String, Integer> count = new HashMap<>();
    for (ScoreDoc sd : seed.scoreDocs) {
      String text = s.storedFields().document(sd.doc, Set.of(Fields.TEXT)).get(Fields.TEXT);
      for (String t : new LinkedHashSet<>(QueryBuilder.tokens(kuromoji, Fields.TEXT, text, true))) {
        if (t.length() >= 2 && hasKanji(t) && !keys.contains(t)) count.merge(t, 1, Integer::sum);
      }
    }
    int n = r.numDocs();
    int m = Math.max(1, seed.scoreDocs.length);
    Map<String, Double> lift = new HashMap<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (e.getValue() < 3) continue;
      int df = Math.max(1, r.docFreq(new Term(Fields.TEXT, e.getKey())));
      lift.put(e.getKey(), (e.getValue() / (double) m) / ((double) df / n));
    }
    return lift.entrySet().stream().filter(e -> e.getValue() > 20)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(VARIANTS).map(Map.Entry::getKey).toList();
  }

  /** Unit provisions of other laws where at least two of the words occur (text or caption). */
  private static Query termsQuery(List<String> keys, List<String> variants, String excludeLaw) {
    // At least two of the anchor's own key terms must co-occur; variants only raise the score, so
    // a shared generic word (守る in 秘密を守る義務) does not bring in a different interest.
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String k : keys) any.add(word(k, 1f), Occur.SHOULD);
    any.setMinimumNumberShouldMatch(2);
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
    for (String v : variants) b.add(word(v, 0.5f), Occur.SHOULD);
    return b
        .add(new TermQuery(new Term(Fields.DOC_TYPE, "provision")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LEVEL, "unit")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.PART, "main")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LAW_ID, excludeLaw)), Occur.MUST_NOT)
        .build();
  }

  private static Query word(String w, float boost) {
    return new BoostQuery(new DisjunctionMaxQuery(List.of(new TermQuery(new Term(Fields.TEXT, w)),
        new BoostQuery(new TermQuery(new Term(Fields.CAPTION, w)), 3f)), 0.1f), boost);
  }

  private void collect(IndexSearcher s, TopDocs top, List<String> keys, List<String> variants,
      Map<String, Candidate> found) throws IOException {
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = s.storedFields().document(sd.doc);
      String id = d.get(Fields.ID);
      if (found.containsKey(id)) continue;
      String text = d.get(Fields.TEXT) + nz(d.get(Fields.CAPTION));
      List<String> matched = new ArrayList<>();
      for (String k : keys) if (text.contains(k)) matched.add(k);
      for (String v : variants) if (text.contains(v)) matched.add(v);
      found.put(id, new Candidate(id, sd.score, matched, "", "shares the terms " + String.join("・", matched), d,
          d.get(Fields.LAW_TITLE) + " " + d.get(Fields.LABEL)));
    }
  }

  private static boolean hasKanji(String t) {
    return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
