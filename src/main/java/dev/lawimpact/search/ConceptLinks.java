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
 * and a confidence in [0, 1].
 *
 * <p>Ranking and confidence come from the evidence, not from the raw Lucene score: the share of the
 * anchor's key-term weight (idf) a candidate contains, and whether it contains one of the anchor's
 * own noun phrases (通信の秘密, 学問の自由, 正当な補償, 財産権 — 「XのY」「XなY」 and long kanji compounds,
 * weighted by rarity). A shared phrase is the strongest sign of the same interest; two generic words
 * (自由・保障) are weak. Penal provisions inherit from confident candidates only, at 0.9 of their
 * confidence, with the citation as the evidence path. Precision by confidence band is measured
 * against hand judgements (ConceptGoldTest, regression/concepts).
 */
public final class ConceptLinks {

  /** One concept link with its evidence. via is empty for term evidence, else the candidate cited. */
  public record Link(String path, String label, String caption, double confidence, List<String> matchedTerms,
      String via, String evidence) {}

  public record Result(String anchor, List<String> keyTerms, List<String> variants, List<Link> links) {}

  private static final int KEY_TERMS = 6;
  private static final int VARIANTS = 6;
  private static final int SEED = 25;
  /** Only candidates at least this confident pass the concept on to the penal provisions citing them. */
  private static final double INHERIT_FROM = 0.55;
  /** Candidates with less evidence (common words only) are not returned: no link beats a wrong one. */
  private static final double MIN_CONFIDENCE = 0.15;
  /** Anchor phrases: 「通信の秘密」「正当な補償」 (kanji, の/な, kanji) and kanji compounds of three or more. */
  private static final java.util.regex.Pattern PHRASE = java.util.regex.Pattern.compile(
      "[\\p{IsHan}々]{2,}[のな][\\p{IsHan}々]{2,}|[\\p{IsHan}々]{3,}");
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
    if (paragraphs.size() < 2) return findOne(lawId, local, limit).result();
    Map<String, Link> merged = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    List<One> ones = new ArrayList<>();
    for (String p : paragraphs) ones.add(findOne(lawId, p, limit));
    // A paragraph of common words (財産権の内容は…法律でこれを定める) weighs less than one with a rare
    // subject (私有財産・正当な補償, 検閲・通信の秘密): its links' confidence is scaled by the square root
    // of its key terms' rarity (summed idf above the common-word line) over the most specific paragraph's.
    // The merged list interleaves the paragraphs' rankings, each interest getting a share of the list
    // in proportion to that weight (position / weight, smallest first), so 通信の秘密 is not crowded out
    // by 表現の自由 in 憲法第二十一条.
    double top = ones.stream().mapToDouble(One::bestScore).max().orElse(1);
    Map<String, Double> order = new HashMap<>();
    for (One one : ones) {
      Result r = one.result();
      double f = top <= 0 ? 1 : Math.sqrt(one.bestScore() / top);
      keys.addAll(r.keyTerms());
      variants.addAll(r.variants());
      for (int i = 0; i < r.links().size(); i++) {
        Link l0 = r.links().get(i);
        Link l = new Link(l0.path(), l0.label(), l0.caption(), Math.round(l0.confidence() * f * 1000) / 1000.0,
            l0.matchedTerms(), l0.via(), l0.evidence());
        double pos = (i + 1) / Math.max(f, 1e-3);
        merged.merge(l.path(), l, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        order.merge(l.path(), pos, Math::min);
      }
    }
    List<Link> links = merged.values().stream().sorted(Comparator.comparingDouble(l -> order.get(l.path())))
        .limit(limit).toList();
    return new Result(anchor.toString(), List.copyOf(keys), List.copyOf(variants), links);
  }

  /** One anchor paragraph's result and how specific its key terms are (see find). */
  private record One(Result result, double bestScore) {}

  private One findOne(String lawId, String local, int limit) {
    try {
      ProvisionPath anchor = ProvisionPath.parseLocal(new LawId(lawId), local);
      Document doc = index.document(anchor.toString())
          .orElseThrow(() -> new NotFoundException("no provision " + local + " in " + lawId));
      IndexSearcher s = index.searcher();
      IndexReader r = s.getIndexReader();
      String anchorText = doc.get(Fields.TEXT) + "\n" + nz(doc.get(Fields.CAPTION));
      List<String> keys = keyTerms(r, anchorText);
      if (keys.size() < 2) return new One(new Result(anchor.toString(), keys, List.of(), List.of()), 0);

      Map<String, Double> keyWeight = idfs(r, keys);
      Map<String, Double> phrases = phrases(r, s, anchorText);
      Map<String, Candidate> found = new LinkedHashMap<>();
      TopDocs seed = s.search(termsQuery(keys, keyWeight, List.of(), lawId), SEED);
      collect(s, seed, keys, List.of(), keyWeight, phrases, found);
      List<String> variants = variants(r, s, seed, keys);
      for (Map.Entry<String, Double> e : idfs(r, variants).entrySet()) keyWeight.putIfAbsent(e.getKey(), e.getValue());
      TopDocs wide = s.search(termsQuery(keys, keyWeight, variants, lawId), Math.max(limit, SEED) * 4);
      collect(s, wide, keys, variants, keyWeight, phrases, found);

      // Penal provisions citing a confident candidate inherit the concept (through the reference graph).
      List<Candidate> top = found.values().stream().sorted(Comparator.comparingDouble(Candidate::rank).reversed())
          .filter(c -> c.confidence >= INHERIT_FROM).limit(SEED).toList();
      for (Candidate c : top) {
        ProvisionPath p = ProvisionPath.parse(c.path);
        LinkView.Page in = linkService.links(p.lawId().value(), p.local(), "in", 100, 0);
        for (LinkView l : in.links()) {
          if (l.source().startsWith(lawId + "/")) continue;
          Candidate known = found.get(unitOf(l.source()));
          if (known != null && (known.rank() >= c.rank * 0.9 || top.contains(known))) continue; // already as strong
          Document src = index.document(l.source()).orElse(null);
          if (src == null) continue;
          String srcText = src.get(Fields.TEXT);
          boolean penal = srcText.contains("に処する");
          // A penal provision citing a protecting provision punishes its breach; any other provision
          // citing it and sharing a key term (電波法第五十九条 citing 電気通信事業法第四条第一項,
          // both on 通信) governs the same interest, with a little less confidence.
          boolean related = keys.stream().anyMatch(srcText::contains);
          if (!penal && !related) continue;
          double f = penal ? 0.9 : 0.8;
          double conf = c.confidence * f;
          if (known != null && known.rank() >= c.rank * f) continue;
          found.put(unitOf(l.source()), new Candidate(l.source(), conf, c.rank * f, 0,
              known == null ? List.of() : known.terms(), c.path,
              (penal ? "penal provision citing " : "cites ") + c.label + " 「" + l.mention() + "」 (" + l.source() + " → " + c.path + ")",
              src, c.label));
        }
      }
      List<Link> links = found.values().stream().filter(c -> c.confidence >= MIN_CONFIDENCE)
          .sorted(Comparator.comparingDouble(Candidate::rank).reversed())
          .limit(limit)
          .map(c -> new Link(c.path, c.title(), nz(c.doc.get(Fields.CAPTION)), Math.round(c.confidence * 1000) / 1000.0,
              c.terms, c.via, c.evidence))
          .toList();
      double specificity = keys.stream().mapToDouble(k -> keyWeight.getOrDefault(k, 0.0)).sum();
      return new One(new Result(anchor.toString(), keys, variants, links), specificity);
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("provision path: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * confidence: from the evidence (see class comment); rank: confidence plus a small tie-break from
   * the Lucene score, so equally evidenced candidates keep the search order.
   */
  private record Candidate(String path, double confidence, double rank, double tieBreak, List<String> terms, String via,
      String evidence, Document doc, String label) {
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
  private static Query termsQuery(List<String> keys, Map<String, Double> weight, List<String> variants, String excludeLaw) {
    // At least two of the anchor's own key terms must co-occur; variants only raise the score, so
    // a shared generic word (守る in 秘密を守る義務) does not bring in a different interest. Rarer
    // key terms weigh more (学問 over 自由).
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String k : keys) any.add(word(k, (float) (1 + weight.getOrDefault(k, 0.0))), Occur.SHOULD);
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

  private void collect(IndexSearcher s, TopDocs top, List<String> keys, List<String> variants, Map<String, Double> keyWeight,
      Map<String, Double> phrases, Map<String, Candidate> found) throws IOException {
    double best = top.scoreDocs.length == 0 ? 1 : Math.max(1e-9, top.scoreDocs[0].score);
    double keyTotal = keys.stream().mapToDouble(k -> keyWeight.getOrDefault(k, 0.0)).sum();
    double phraseBest = phrases.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = s.storedFields().document(sd.doc);
      String id = d.get(Fields.ID);
      if (found.containsKey(id)) continue;
      String text = d.get(Fields.TEXT) + nz(d.get(Fields.CAPTION));
      List<String> matched = new ArrayList<>();
      double keyShare = 0;
      for (String k : keys) {
        if (text.contains(k)) {
          matched.add(k);
          keyShare += keyWeight.getOrDefault(k, 0.0);
        }
      }
      double variantShare = 0;
      for (String v : variants) {
        if (text.contains(v)) {
          matched.add(v);
          variantShare += 0.5 * keyWeight.getOrDefault(v, 0.0);
        }
      }
      keyShare = keyTotal == 0 ? 0 : Math.min(1, (keyShare + variantShare) / keyTotal);
      List<String> shared = new ArrayList<>();
      double phrase = 0;
      String plain = withoutParentheses(text); // 通信（…）の秘密 is 通信の秘密
      for (Map.Entry<String, Double> e : phrases.entrySet()) {
        if (plain.contains(e.getKey())) {
          shared.add(e.getKey());
          phrase = Math.max(phrase, e.getValue());
        }
      }
      double phraseShare = phraseBest == 0 ? 0 : phrase / phraseBest;
      // The search score (key terms weighted by rarity, the interest's variant vocabulary), the share
      // of rare key-term weight matched, and the anchor's own phrases; links are ranked by it.
      double norm = sd.score / best;
      double confidence = Math.min(0.95, 0.15 + 0.15 * keyShare + 0.25 * phraseShare + 0.45 * norm);
      double tieBreak = 0;
      double rank = confidence;
      String evidence = "shares the terms " + String.join("・", matched)
          + (shared.isEmpty() ? "" : "; the phrases 「" + String.join("」「", shared) + "」");
      found.put(id, new Candidate(id, confidence, rank, tieBreak, matched, "", evidence, d,
          d.get(Fields.LAW_TITLE) + " " + d.get(Fields.LABEL)));
    }
  }

  /** The text without its parenthesised insertions (nested 「（…）」), which split phrases in statutes. */
  static String withoutParentheses(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（') depth++;
      else if (c == '）' && depth > 0) depth--;
      else if (depth == 0) out.append(c);
    }
    return out.toString();
  }

  /**
   * Key-term weights as evidence: idf above that of a word in 1 % of the provisions, so a word that
   * common (定める, 内容, 公共 …) is no evidence of a particular interest however many of them match.
   */
  private static Map<String, Double> idfs(IndexReader r, List<String> keys) throws IOException {
    Map<String, Double> w = new LinkedHashMap<>();
    int n = Math.max(1, r.getDocCount(Fields.TEXT));
    for (String k : keys) {
      double idf = Math.log((double) n / Math.max(1, r.docFreq(new Term(Fields.TEXT, k))));
      w.put(k, Math.max(0, idf - Math.log(100)));
    }
    return w;
  }

  /**
   * The anchor's own noun phrases with a weight by rarity (idf of the phrase among unit provisions):
   * phrases in fewer than 3 other provisions say nothing about other laws, and very common ones (in
   * more than 1 % of units) are formulas, not an interest.
   */
  private Map<String, Double> phrases(IndexReader r, IndexSearcher s, String text) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    int units = Math.max(1, s.count(new TermQuery(new Term(Fields.LEVEL, Fields.UNIT))));
    java.util.regex.Matcher m = PHRASE.matcher(text);
    while (m.find()) {
      String ph = m.group();
      if (out.containsKey(ph)) continue;
      List<String> toks = QueryBuilder.tokens(kuromoji, Fields.TEXT, ph, true);
      if (toks.isEmpty()) continue;
      org.apache.lucene.search.PhraseQuery.Builder pq = new org.apache.lucene.search.PhraseQuery.Builder().setSlop(2);
      for (String t : toks) pq.add(new Term(Fields.TEXT, t));
      int df = s.count(new BooleanQuery.Builder().add(pq.build(), Occur.MUST)
          .add(new TermQuery(new Term(Fields.LEVEL, Fields.UNIT)), Occur.FILTER).build());
      if (df < 3 || df > units / 100) continue;
      out.put(ph, Math.log((double) units / df));
    }
    return out;
  }

  private static boolean hasKanji(String t) {
    return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
