package dev.lawimpact.impact;

import dev.lawimpact.citations.Glossary;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.citations.Resolution.Outcome;
import dev.lawimpact.citations.TitleMatch;
import dev.lawimpact.citations.refs.Reference;
import dev.lawimpact.citations.refs.ReferenceExtractor;
import dev.lawimpact.citations.refs.Resolution;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.impact.ImpactReport.Constraint;
import dev.lawimpact.impact.ImpactReport.Diagnostic;
import dev.lawimpact.impact.ImpactReport.Evidence;
import dev.lawimpact.impact.ImpactReport.LawImpact;
import dev.lawimpact.impact.ImpactReport.Reason;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.indexing.Fields;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.LinkService;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The impact analysis: bill → measures → candidate laws with typed reasons and evidence → ranked
 * report. Stateless apart from the index it reads; safe to share between threads.
 */
public final class ImpactAnalyzer {

  /** limit: laws listed (1–200). */
  public record Options(int limit, Exclusion exclusion) {
    public static Options defaults() {
      return new Options(50, null);
    }
  }

  /**
   * Hides one law from the analysis, as if it did not exist yet: its own provisions, copies of its
   * 附則 in other laws, and provisions that name it. Used to replay a past Act as a new bill.
   */
  public record Exclusion(String lawId, String lawNumKey, List<String> names) {
    public Exclusion {
      names = List.copyOf(names);
    }
  }

  public static final int MAX_LIMIT = 200;
  /** Measures searched; a long bill's further measures are listed but not searched (diagnostic). */
  static final int MAX_SEARCHED_MEASURES = 40;
  /**
   * Reason weights and the exponent of the amendment-frequency prior, fitted by grid search on the
   * development part of the corpus replay (regression/README.md, 2026-11-25); the held-out part was
   * not used. A law often amended before is likelier to be amended again: the prior multiplies the
   * reasons' sum by (1 + 0.15 ln(1 + amending 附則))^3.
   */
  private static final Map<ReasonType, Double> WEIGHT = new EnumMap<>(ReasonType.class);
  private static final double PRIOR_EXPONENT = 3;

  static {
    WEIGHT.put(ReasonType.EXPLICIT, 1.5);
    WEIGHT.put(ReasonType.CONFLICT, 0.5);
    WEIGHT.put(ReasonType.AUTHORITY, 0.5);
    WEIGHT.put(ReasonType.ORGANISATION, 0.5);
    WEIGHT.put(ReasonType.CROSS_REFERENCE, 0.6);
    WEIGHT.put(ReasonType.SUBJECT, 1.0);
  }

  private static final Pattern NORM = Pattern.compile(
      "してはならない|秘密|漏らし|侵し|禁止|罰金|懲役|禁錮|拘禁刑|処する");
  /** A sentence that forbids or protects: the core of a conflict. */
  private static final Pattern NORM_SENTENCE = Pattern.compile(
      "侵しては|侵してはならない|漏らしては|窃用しては|してはならない|禁止|秘密を守|秘密を保持|これを侵|保障する");
  private static final Pattern DUTY_CAPTION = Pattern.compile("任務|所掌|権限|職務|事務|設置");
  private static final Pattern DEFINED = Pattern.compile("「([^「」]{2,30})」(?:という|とは)");
  private static final Pattern ARTICLE_AFTER = Pattern.compile(
      "^(?:（[^）]{1,40}）)?第([〇一二三四五六七八九十百千0-9０-９]+)条(?:の([〇一二三四五六七八九十0-9０-９]+))?");

  private final LawIndex index;
  private final LawTitleResolver titles;
  private final EnglishBridge english;
  private final LinkService links;
  private volatile Map<String, Integer> amendCounts;

  public ImpactAnalyzer(LawIndex index, LawTitleResolver titles, Glossary glossary) {
    this.index = index;
    this.titles = titles;
    this.english = new EnglishBridge(glossary);
    this.links = new LinkService(index);
  }

  /** Read on the first analysis, not at start-up: the index opens without waiting for it. */
  private Map<String, Integer> amendCounts() {
    Map<String, Integer> m = amendCounts;
    if (m == null) amendCounts = m = CorpusProbe.amendmentCounts(index);
    return m;
  }

  public ImpactReport analyze(Bill bill, Options options) {
    long t0 = System.nanoTime();
    int limit = options.limit();
    if (limit < 1 || limit > MAX_LIMIT) throw new BadBillException("limit must be between 1 and " + MAX_LIMIT, false);
    CorpusProbe probe = new CorpusProbe(index, amendCounts(), options.exclusion());
    List<Diagnostic> diags = new ArrayList<>(bill.diagnostics());

    List<MeasureRecognizer.Sentence> sentences;
    if (bill.language().equals("en")) {
      sentences = new ArrayList<>();
      Set<String> unknown = new LinkedHashSet<>();
      for (EnglishBridge.Gloss g : english.gloss(bill.text())) {
        sentences.add(new MeasureRecognizer.Sentence(g.start(), g.end(), g.japanese()));
        unknown.addAll(g.unknown());
      }
      if (!unknown.isEmpty()) {
        diags.add(new Diagnostic("info", "English words with no Japanese legal equivalent, not analysed: "
            + String.join(", ", unknown.stream().limit(30).toList()) + (unknown.size() > 30 ? " …" : "")));
      }
    } else {
      sentences = MeasureRecognizer.sentences(bill.text());
    }
    List<Measure> measures = new ArrayList<>(MeasureRecognizer.recognise(bill.text(), sentences));
    Set<String> newNames = newNames(bill, measures);

    Candidates c = new Candidates(probe);
    explicit(bill, c, measures);
    List<Measure> searched = prioritise(measures, probe, newNames);
    if (searched.size() < countSearchable(measures)) {
      diags.add(new Diagnostic("info", "the bill has " + countSearchable(measures) + " measures; the "
          + searched.size() + " with the most specific terms were searched"));
    }
    List<Constraint> constraints = new ArrayList<>();
    Set<String> interests = new LinkedHashSet<>();
    for (Measure m : searched) {
      switch (m.type()) {
        case ACQUIRE, INTERVENE -> conflicts(m, probe, c, constraints, newNames, interests);
        case ESTABLISH -> organisation(m, probe, c);
        default -> { }
      }
      if (!m.actors().isEmpty() && m.type() != MeasureType.PENALISE) authority(m, probe, c, newNames);
    }
    definitions(bill, probe, c, measures, newNames);
    subject(bill, probe, c, measures, newNames);
    enumerations(probe, c, measures);

    List<LawImpact> laws = c.rank(limit);
    constraints.sort(Comparator.comparingDouble(Constraint::score).reversed());
    List<Constraint> distinct = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Constraint k : constraints) if (seen.add(k.lawId() + "/" + k.path())) distinct.add(k);
    return new ImpactReport(bill.title(), bill.language(), bill.format(), bill.text().length(), laws,
        distinct.subList(0, Math.min(10, distinct.size())), measures, diags, bill.text(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  // ---- explicit: laws the bill names or cites ----

  private void explicit(Bill bill, Candidates c, List<Measure> measures) {
    Map<String, List<String>> cited = new LinkedHashMap<>();   // lawId -> cited local paths ("" = whole law)
    Map<String, int[]> spans = new HashMap<>();
    if (bill.law() != null) {
      String self = bill.law().meta().lawId().value();
      for (Reference r : ReferenceExtractor.extract(bill.law(), titles)) {
        if (!(r.resolution() instanceof Resolution.Resolved res)) continue;
        for (ProvisionPath p : res.targets()) {
          String law = p.lawId().value();
          if (law.equals(self)) continue;
          cited.computeIfAbsent(law, k -> new ArrayList<>()).add(p.local());
          spans.putIfAbsent(law, locate(bill.text(), r.mention().text()));
        }
      }
    } else {
      String text = bill.text();
      for (int i = 0; i < text.length(); i++) {
        var m = titles.longestTitleAt(text, i);
        if (m.isEmpty()) continue;
        TitleMatch t = m.get();
        if (t.resolution().outcome() != Outcome.RESOLVED || t.length() < 3) continue;
        if (i > 0 && isKanji(text.charAt(i - 1)) && t.length() < 5) continue;
        String law = t.resolution().candidates().get(0).lawId().value();
        String local = "";
        Matcher a = ARTICLE_AFTER.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 60)));
        if (a.find()) {
          OptionalInt n = Numerals.parse(a.group(1));
          if (n.isPresent()) {
            local = "a" + n.getAsInt();
            if (a.group(2) != null) {
              OptionalInt b = Numerals.parse(a.group(2));
              if (b.isPresent()) local += "_" + b.getAsInt();
            }
          }
        }
        cited.computeIfAbsent(law, k -> new ArrayList<>()).add(local);
        spans.putIfAbsent(law, new int[] {t.start(), t.end()});
        i = t.end() - 1;
      }
    }
    for (Map.Entry<String, List<String>> e : cited.entrySet()) {
      String law = e.getKey();
      if (c.probe.index().law(law).isEmpty() || c.isHidden(law)) continue;
      int[] span = spans.get(law);
      Measure m = new Measure("m" + (measures.size() + 1), MeasureType.CITE, span[0], span[1],
          bill.text().substring(span[0], span[1]), List.of(), List.of(), c.probe.titleOf(law));
      measures.add(m);
      List<Evidence> ev = new ArrayList<>();
      Set<String> paths = new LinkedHashSet<>(e.getValue());
      for (String p : paths) {
        if (ev.size() >= 3) break;
        c.probe.provision(law, p.isEmpty() ? "a1" : p).ifPresent(h -> ev.add(evidence(h, List.of())));
      }
      if (ev.isEmpty()) c.probe.provision(law, "a1").ifPresent(h -> ev.add(evidence(h, List.of())));
      if (ev.isEmpty()) continue;
      int n = e.getValue().size();
      c.add(law, new Reason(ReasonType.EXPLICIT, "the bill cites this law " + n + (n == 1 ? " time" : " times"),
          m.id(), ev, Math.min(1.0, 0.4 + 0.2 * Math.log(1 + n))));
    }
  }

  private static int[] locate(String text, String mention) {
    int i = text.indexOf(mention);
    return i < 0 ? new int[] {0, 0} : new int[] {i, i + mention.length()};
  }

  private static boolean isKanji(char ch) {
    return Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
  }

  // ---- which measures to search, and with which terms ----

  private static int countSearchable(List<Measure> ms) {
    return (int) ms.stream().filter(m -> m.type() != MeasureType.CITE).count();
  }

  /** The measures with the most specific content terms first; ESTABLISH always kept. */
  private List<Measure> prioritise(List<Measure> measures, CorpusProbe probe, Set<String> newNames) {
    List<Measure> all = measures.stream().filter(m -> m.type() != MeasureType.CITE).toList();
    if (all.size() <= MAX_SEARCHED_MEASURES) return all;
    Map<Measure, Double> spec = new HashMap<>();
    for (Measure m : all) {
      double s = keyTerms(m, probe, newNames, 4).stream().mapToDouble(probe::idf).sum();
      spec.put(m, m.type() == MeasureType.ESTABLISH ? Double.MAX_VALUE : s);
    }
    List<Measure> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble((Measure m) -> spec.get(m)).reversed());
    return sorted.subList(0, MAX_SEARCHED_MEASURES);
  }

  /** The measure's rarest content terms that exist in the statutes (new names excluded: they do not exist yet). */
  private static List<String> keyTerms(Measure m, CorpusProbe probe, Set<String> newNames, int n) {
    List<String> terms = new ArrayList<>();
    for (String t : m.terms()) {
      if (newNames.contains(t) || t.length() < 2) continue;
      if (probe.idf(t) > 0) terms.add(t);
    }
    terms.sort(Comparator.comparingDouble(probe::idf).reversed());
    return terms.subList(0, Math.min(n, terms.size()));
  }

  /** Names the bill creates or defines, and its title: not in the statute book yet, so never searched for. */
  private static Set<String> newNames(Bill bill, List<Measure> measures) {
    Set<String> out = new LinkedHashSet<>();
    for (Measure m : measures) if (m.type() == MeasureType.ESTABLISH && !m.name().isEmpty()) out.add(m.name());
    if (!bill.title().isBlank()) out.add(bill.title());
    return out;
  }

  // ---- conflict: prohibitions, secrecy duties, penalties the measure would breach ----

  /** Words that name no particular body (the competent minister, the government): they point to no law. */
  private static final Set<String> GENERIC_ACTORS = Set.of("政府", "国", "大臣", "事業者", "機関", "委員会", "本部", "主務大臣",
      "関係大臣", "所管大臣", "関係行政機関", "行政機関", "長官", "局", "府", "省", "庁");

  private void conflicts(Measure m, CorpusProbe probe, Candidates c, List<Constraint> constraints, Set<String> newNames,
      Set<String> interests) {
    List<String> pool = new ArrayList<>(m.terms());
    for (String a : m.actors()) if (!GENERIC_ACTORS.contains(a)) pool.add(a);
    Measure withActors = new Measure(m.id(), m.type(), m.start(), m.end(), m.text(), m.actors(), pool, m.name());
    List<String> terms = keyTerms(withActors, probe, newNames, 10);
    if (terms.isEmpty()) return;
    BooleanQuery.Builder subject = new BooleanQuery.Builder();
    for (String t : terms) subject.add(probe.term(t), Occur.SHOULD);
    BooleanQuery.Builder norm = new BooleanQuery.Builder();
    for (String w : List.of("秘密", "禁止", "侵す", "漏らす", "保障")) norm.add(probe.term(w), Occur.SHOULD);
    Query mustNot = probe.phrase(Fields.TEXT_BIGRAM, "はならない");
    if (mustNot != null) norm.add(mustNot, Occur.SHOULD);
    Query q = new BooleanQuery.Builder().add(subject.build(), Occur.MUST)
        .add(new BoostQuery(norm.build(), 0.5f), Occur.MUST).build();
    List<CorpusProbe.Hit> hits = probe.provisions(q, 80);
    // A conflict is a norm sentence (…を侵してはならない, …を漏らしてはならない, 禁止) about the measure's
    // own objects: score the best such sentence of each provision by the rarity of the measure terms
    // it contains, shorter sentences (the core rule rather than a long list) first.
    Map<CorpusProbe.Hit, Double> rank = new HashMap<>();
    Map<CorpusProbe.Hit, List<String>> found = new HashMap<>();
    Map<CorpusProbe.Hit, String> normWord = new HashMap<>();
    Map<CorpusProbe.Hit, String> normSentence = new HashMap<>();
    for (CorpusProbe.Hit h : hits) {
      double best = 0;
      for (String sentence : h.text().split("(?<=。)|\n")) {
        Matcher nm = NORM_SENTENCE.matcher(sentence);
        if (!nm.find()) continue;
        Matcher im = INTEREST.matcher(sentence);
        String interest = im.find() ? im.group(1) : "";
        List<String> in = new ArrayList<>();
        double w = 0;
        boolean protectsObject = false;
        for (String t : terms) {
          if (sentence.contains(t)) {
            in.add(t);
            w += probe.idf(t);
            if (interest.contains(t)) protectsObject = true;
          }
        }
        // the rule must be about the measure's object: the protected interest names it, or two of its terms are there
        if (!protectsObject && in.size() < 2) continue;
        double score = w * (protectsObject ? 2 : 1) / (1 + sentence.length() / 80.0);
        if (score > best) {
          best = score;
          found.put(h, in);
          normWord.put(h, nm.group());
          normSentence.put(h, sentence);
        }
      }
      if (best > 0) rank.put(h, best);
    }
    if (rank.isEmpty()) return;
    List<CorpusProbe.Hit> sorted = new ArrayList<>(rank.keySet());
    sorted.sort(Comparator.comparingDouble((CorpusProbe.Hit h) -> rank.get(h)).reversed());
    double top = rank.get(sorted.get(0));
    int anchors = 0;
    for (CorpusProbe.Hit h : sorted) {
      double s = rank.get(h) / top;
      if (s < 0.3) break;
      List<String> matched = found.get(h);
      boolean constitution = "Constitution".equals(h.lawType());
      if (constitution) {
        constraints.add(new Constraint(h.lawId(), h.path(), h.lawTitle() + " " + h.label(), snippet(h.text(), matched),
            m.id(), "the measure (" + m.type().name().toLowerCase() + ") touches " + String.join("、", matched)
                + ", which this provision guarantees", s));
      } else {
        List<Evidence> ev = new ArrayList<>();
        ev.add(evidence(h, matched));
        ev.addAll(penalties(h, probe));
        c.add(h.lawId(), new Reason(ReasonType.CONFLICT, "「" + normWord.get(h) + "」 rule on " + String.join("、", matched)
            + " that the measure would run against unless the bill makes an exception", m.id(), ev, s));
      }
      if (anchors++ < 2) viaInterest(h, normSentence.get(h), m, s, probe, c, interests);
    }
  }

  /** The protected interest a norm sentence names: the noun phrase before 「は、(これを)侵してはならない」. */
  private static final Pattern INTEREST = Pattern.compile(
      "([一-龥ァ-ヶー]{1,10}の[一-龥ァ-ヶー]{1,8}|[一-龥ァ-ヶー]{2,12})は、(?:これを)?(?:侵|漏ら|窃用|制限|保障)");

  /**
   * Provisions that protect the same interest as a conflicting provision or constitutional
   * guarantee without citing it: the interest phrase of the anchor's norm sentence (通信の秘密)
   * searched as words in norm provisions of other Acts. The same principle as the concept links
   * of the link graph, in two queries instead of a full concept search, so an analysis stays fast.
   */
  private void viaInterest(CorpusProbe.Hit anchor, String sentence, Measure m, double strength, CorpusProbe probe,
      Candidates c, Set<String> done) {
    Matcher im = INTEREST.matcher(sentence);
    if (!im.find()) return;
    String interest = im.group(1).replaceFirst("^.*?に係る", "");
    if (!done.add(interest)) return;
    List<String> words = CorpusProbe.tokens(dev.lawimpact.indexing.Analyzers.kuromoji(), Fields.TEXT, interest);
    if (words.isEmpty()) return;
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String w : words) {
      all.add(new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.TEXT, w)), Occur.SHOULD)
          .add(new BoostQuery(new TermQuery(new Term(Fields.CAPTION, w)), 2f), Occur.SHOULD).build(), Occur.MUST);
    }
    Query norm = probe.phrase(Fields.TEXT_BIGRAM, "はならない");
    Query q = new BooleanQuery.Builder().add(all.build(), Occur.MUST).add(norm, Occur.MUST).build();
    List<CorpusProbe.Hit> hits = probe.provisions(q, 20);
    for (CorpusProbe.Hit h : hits) {
      if (!"Act".equals(h.lawType()) || h.fullPath().equals(anchor.fullPath())) continue;
      List<Evidence> ev = new ArrayList<>();
      ev.add(evidence(h, words));
      ev.addAll(penalties(h, probe));
      c.add(h.lawId(), new Reason(ReasonType.CONFLICT, "protects 「" + interest + "」 like " + anchor.lawTitle() + " "
          + anchor.label() + ", which the measure touches", m.id(), ev, strength * h.score() / hits.get(0).score()));
    }
  }

  /** The penal provisions of the same law that cite a protecting provision (…に処する): they inherit the conflict. */
  private static List<Evidence> penalties(CorpusProbe.Hit h, CorpusProbe probe) {
    List<Evidence> out = new ArrayList<>();
    for (String source : probe.citingProvisions(h.lawId() + "/" + h.unit(), h.lawId(), 20)) {
      String local = source.substring(source.indexOf('/') + 1);
      var p = probe.provision(h.lawId(), local);
      if (p.isPresent() && p.get().text().contains("処する")) out.add(evidence(p.get(), List.of(h.label())));
      if (out.size() >= 2) break;
    }
    return out;
  }

  // ---- authority: the laws that define the powers and duties of the acting bodies ----

  private void authority(Measure m, CorpusProbe probe, Candidates c, Set<String> newNames) {
    for (String actor : m.actors()) {
      if (newNames.contains(actor) || GENERIC_ACTORS.contains(actor)) continue;
      String stripped = actor.replaceAll("(大臣|長官|庁|省|官)$", "");
      String stem = stripped.length() < 2 ? actor : stripped;
      Set<String> laws = new LinkedHashSet<>(probe.lawsTitled(stem, 3));
      laws.addAll(establishingLaws(actor, probe));
      int i = 0;
      for (String law : laws) {
        BooleanQuery.Builder duties = new BooleanQuery.Builder();
        for (String w : List.of("任務", "所掌事務", "権限", "職務", "つかさどる", "責務")) duties.add(probe.term(w), Occur.SHOULD);
        Query q = new BooleanQuery.Builder().add(duties.build(), Occur.MUST)
            .add(new BoostQuery(probe.term(stem), 2f), Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.LAW_ID, law)), Occur.FILTER).build();
        // The provision that states the body's own mission comes first: its caption names the body
        // (（警察の責務）, （自衛隊の任務）), and general duties come early in a law.
        List<CorpusProbe.Hit> hits = new ArrayList<>(probe.provisions(q, 8));
        hits.sort(Comparator.comparing((CorpusProbe.Hit h) -> !h.caption().contains(stem))
            .thenComparingInt(h -> articleNumber(h.unit())));
        List<Evidence> ev = new ArrayList<>();
        for (CorpusProbe.Hit h : hits.subList(0, Math.min(2, hits.size()))) ev.add(evidence(h, List.of(stem)));
        if (ev.isEmpty()) probe.provision(law, "a1").ifPresent(h -> ev.add(evidence(h, List.of(stem))));
        if (ev.isEmpty()) continue;
        c.add(law, new Reason(ReasonType.AUTHORITY, "defines the duties and powers of " + actor
            + ", to which the measure gives a new task", m.id(), ev, 1.0 / (1 + i++)));
      }
    }
  }

  private static final Pattern ARTICLE_NUMBER = Pattern.compile("^a(\\d+)");

  /** The article number of a unit path (a23_2 → 23); units outside articles sort last. */
  static int articleNumber(String unit) {
    Matcher m = ARTICLE_NUMBER.matcher(unit == null ? "" : unit);
    return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  /** Laws with a provision that sets up the body (…を置く, caption 設置). */
  private static List<String> establishingLaws(String actor, CorpusProbe probe) {
    Query name = probe.phrase(Fields.TEXT_BIGRAM, actor);
    if (name == null) return List.of();
    Query q = new BooleanQuery.Builder().add(name, Occur.MUST)
        .add(new BooleanQuery.Builder().add(probe.phrase(Fields.TEXT_BIGRAM, "を置く"), Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.CAPTION, "設置")), Occur.SHOULD).build(), Occur.MUST).build();
    List<String> out = new ArrayList<>();
    for (CorpusProbe.Hit h : probe.provisions(q, 10)) {
      if (h.text().contains(actor + "を置く") || (h.caption().contains("設置") && h.text().contains(actor))) {
        if (!out.contains(h.lawId())) out.add(h.lawId());
      }
      if (out.size() >= 2) break;
    }
    return out;
  }

  // ---- organisation: enumerations of peer bodies and posts ----

  /** Posts (…官, …監) are peers of posts of the same parent body; other bodies are peers by kind (…委員会). */
  private static final Set<String> POST_SUFFIXES = Set.of("官", "監", "補佐官", "長官");
  private static final Map<String, String> HEAD_OF = Map.of("委員会", "委員長", "庁", "長官", "本部", "本部長");

  private void organisation(Measure m, CorpusProbe probe, Candidates c) {
    String suffix = MeasureRecognizer.suffixOf(m.name());
    if (suffix.isEmpty()) return;
    List<String[]> peers = new ArrayList<>();   // {phrase searched, regex of a peer name, what they are}
    if (POST_SUFFIXES.contains(suffix)) {
      String head = m.name().length() > 3 ? m.name().substring(0, 2) : "";
      if (head.isEmpty()) return;
      peers.add(new String[] {head, Pattern.quote(head) + "[一-龥ァ-ヶー]{0,12}?(?:官|監)(?![一-龥])", head + "…官/監 posts"});
    } else {
      peers.add(new String[] {suffix, "[一-龥ァ-ヶー]{1,20}" + Pattern.quote(suffix) + "(?![一-龥])", suffix});
      String headPost = HEAD_OF.get(suffix);
      if (headPost != null) {
        peers.add(new String[] {suffix + headPost, "[一-龥ァ-ヶー]{1,20}" + Pattern.quote(suffix + headPost) + "(?![一-龥])",
            suffix + headPost});
      }
    }
    for (String[] peer : peers) {
      Query q = probe.phrase(Fields.TEXT_BIGRAM, peer[0]);
      if (q == null) continue;
      Pattern name = Pattern.compile(peer[1]);
      for (CorpusProbe.Hit h : probe.provisions(q, 150)) {
        Set<String> names = new LinkedHashSet<>();
        Matcher mm = name.matcher(h.text());
        while (mm.find()) names.add(mm.group());
        names.remove(m.name());
        if (names.size() < 3) continue;
        // A list of prominent bodies (named across many laws) matters more than one of local committees.
        double prominence = 0;
        for (String n : names) prominence += Math.min(1.0, probe.phraseFrequency(n) / 200.0);
        double s = Math.min(1.0, prominence / 4.0);
        if (s < 0.1) continue;
        List<String> shown = names.stream().limit(5).toList();
        c.add(h.lawId(), new Reason(ReasonType.ORGANISATION, "enumerates " + names.size() + " " + peer[2] + " ("
            + String.join("、", shown) + (names.size() > 5 ? " …" : "") + "); the new " + m.name()
            + " may have to join the list", m.id(), List.of(evidence(h, shown)), s));
      }
    }
  }

  // ---- cross-reference / definition: terms the bill defines that statutes already define ----

  private void definitions(Bill bill, CorpusProbe probe, Candidates c, List<Measure> measures, Set<String> newNames) {
    Matcher d = DEFINED.matcher(bill.text());
    int found = 0;
    Set<String> done = new LinkedHashSet<>();
    while (d.find() && found < 30) {
      String term = d.group(1);
      if (newNames.contains(term) || !done.add(term) || probe.idf(term) == 0) continue;
      Query q = new BooleanQuery.Builder()
          .add(probe.phrase(dev.lawimpact.indexing.Fields.TEXT_BIGRAM, "「" + term + "」"), Occur.MUST).build();
      List<CorpusProbe.Hit> hits = probe.provisions(q, 5);
      if (hits.isEmpty()) continue;
      found++;
      Measure m = new Measure("m" + (measures.size() + 1), MeasureType.DEFINE, d.start(), d.end(), d.group(),
          List.of(), List.of(term), term);
      measures.add(m);
      for (CorpusProbe.Hit h : hits) {
        c.add(h.lawId(), new Reason(ReasonType.CROSS_REFERENCE, "also defines or uses the defined term 「" + term
            + "」; the definitions must agree or cross-refer", m.id(), List.of(evidence(h, List.of(term))),
            0.6 * h.score() / hits.get(0).score()));
      }
    }
  }

  // ---- subject: laws whose provisions use the bill's most specific terms ----

  private void subject(Bill bill, CorpusProbe probe, Candidates c, List<Measure> measures, Set<String> newNames) {
    Map<String, Integer> tf = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (Terms.Term t : termsOf(bill)) {
      if (t.verb() || newNames.contains(t.text())) continue;
      tf.merge(t.text(), 1, Integer::sum);
      first.putIfAbsent(t.text(), t.start());
    }
    Map<String, Double> weight = new HashMap<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double idf = probe.idf(e.getKey());
      if (idf > 0) weight.put(e.getKey(), Math.sqrt(e.getValue()) * idf);
    }
    List<String> top = weight.keySet().stream()
        .sorted(Comparator.comparingDouble((String t) -> weight.get(t)).reversed()).limit(12).toList();
    if (top.size() < 2) return;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : top) b.add(new BoostQuery(probe.term(t), (float) (weight.get(t) / weight.get(top.get(0)))), Occur.SHOULD);
    b.setMinimumNumberShouldMatch(2);
    List<CorpusProbe.Hit> hits = probe.provisions(b.build(), 200);
    Map<String, List<CorpusProbe.Hit>> byLaw = new LinkedHashMap<>();
    for (CorpusProbe.Hit h : hits) byLaw.computeIfAbsent(h.lawId(), k -> new ArrayList<>()).add(h);
    Map<String, Double> lawScore = new HashMap<>();
    for (Map.Entry<String, List<CorpusProbe.Hit>> e : byLaw.entrySet()) {
      double s = 0;
      for (int i = 0; i < Math.min(3, e.getValue().size()); i++) s += e.getValue().get(i).score() / (i + 1.0);
      lawScore.put(e.getKey(), s);
    }
    double max = lawScore.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    int at = first.getOrDefault(top.get(0), 0);
    Measure m = new Measure("m" + (measures.size() + 1), MeasureType.SUBJECT, at, at + top.get(0).length(),
        String.join("、", top), List.of(), top, "");
    measures.add(m);
    for (Map.Entry<String, List<CorpusProbe.Hit>> e : byLaw.entrySet()) {
      double s = lawScore.get(e.getKey()) / max;
      if (s < 0.2) continue;
      List<Evidence> ev = new ArrayList<>();
      for (CorpusProbe.Hit h : e.getValue().subList(0, Math.min(2, e.getValue().size()))) ev.add(evidence(h, matched(h, top)));
      List<String> shared = matched(e.getValue().get(0), top);
      c.add(e.getKey(), new Reason(ReasonType.SUBJECT, "uses the bill's key terms (" + String.join("、", shared) + ")",
          m.id(), ev, s));
    }
  }

  // ---- cross-reference: provisions that list laws of the bill's field ----

  /** Neighbours looked at: the laws the bill cites and its strongest subject laws. */
  static final int NEIGHBOURS = 12;
  /** A provision holding at least this many references is a list of laws, not a single citation. */
  static final int LIST_MENTIONS = 10;

  /**
   * Many statutes keep lists of other laws (the registrations 登録免許税法 taxes, the works 土地収用法
   * allows expropriation for, the labour laws 社会保険労務士法 covers …). When such a list already
   * names several laws of the bill's field — the laws the bill cites or works beside — the new law
   * will likely have to join it. Found from the link graph, not from a table of such laws.
   */
  private void enumerations(CorpusProbe probe, Candidates c, List<Measure> measures) {
    List<String> neighbours = c.neighbours(NEIGHBOURS);
    if (neighbours.size() < 2) return;
    Map<String, Set<String>> listedByUnit = new HashMap<>();
    for (String n : neighbours) {
      for (Map.Entry<String, Set<String>> e : links.citingProvisions(n).entrySet()) {
        if (e.getKey().equals(n) || probe.hiddenLaw(e.getKey())) continue;
        for (String source : e.getValue()) listedByUnit.computeIfAbsent(unitOf(source), k -> new LinkedHashSet<>()).add(n);
      }
    }
    Measure m = null;
    for (Map.Entry<String, Set<String>> e : listedByUnit.entrySet()) {
      if (e.getValue().size() < 2 || links.mentionsWithin(e.getKey()) < LIST_MENTIONS) continue;
      String unit = e.getKey();
      String law = unit.substring(0, unit.indexOf('/'));
      var h = probe.provision(law, unit.substring(unit.indexOf('/') + 1));
      if (h.isEmpty() || !"Act".equals(h.get().lawType())) continue;
      if (m == null) {
        m = new Measure("m" + (measures.size() + 1), MeasureType.SUBJECT, 0, 0, "the laws of the bill's field",
            List.of(), neighbours, "");
        measures.add(m);
      }
      List<String> titles = e.getValue().stream().map(probe::titleOf).toList();
      c.add(law, new Reason(ReasonType.CROSS_REFERENCE, "lists laws of the bill's field (" + String.join("、",
          titles.stream().limit(4).toList()) + (titles.size() > 4 ? " …" : "") + "); the new law may have to be added",
          m.id(), List.of(evidence(h.get(), titles)), Math.min(1.0, e.getValue().size() / 4.0)));
    }
  }

  /** 347AC0000000088/a3-p1-i5 → 347AC0000000088/a3 (the article or table holding the mention). */
  static String unitOf(String source) {
    int slash = source.indexOf('/');
    int dash = source.indexOf('-', slash);
    return dash < 0 ? source : source.substring(0, dash);
  }

  private static List<Terms.Term> termsOf(Bill bill) {
    return Terms.of(bill.text());
  }

  // ---- evidence and snippets ----

  private static List<String> matched(CorpusProbe.Hit h, List<String> terms) {
    List<String> out = new ArrayList<>();
    for (String t : terms) if (h.text().contains(t) || h.caption().contains(t)) out.add(t);
    return out;
  }

  static Evidence evidence(CorpusProbe.Hit h, List<String> terms) {
    return new Evidence(h.lawId(), h.path(), h.lawTitle() + " " + h.label() + (h.caption().isEmpty() ? "" : h.caption()),
        snippet(h.text(), terms));
  }

  static String snippet(String text, List<String> terms) {
    int at = -1;
    for (String t : terms) {
      int i = text.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    int from = Math.max(0, at < 0 ? 0 : at - 40);
    int to = Math.min(text.length(), from + 140);
    String s = text.substring(from, to).replace('\n', ' ');
    return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
  }

  /** Reasons gathered per law, then scored and ranked. */
  static final class Candidates {
    final CorpusProbe probe;
    private final Map<String, List<Reason>> byLaw = new LinkedHashMap<>();

    Candidates(CorpusProbe probe) {
      this.probe = probe;
    }

    boolean isHidden(String lawId) {
      return false;
    }

    void add(String lawId, Reason r) {
      byLaw.computeIfAbsent(lawId, k -> new ArrayList<>()).add(r);
    }

    /** The laws the bill cites, then its strongest subject laws: the bill's neighbourhood in the statute book. */
    List<String> neighbours(int n) {
      List<String> out = new ArrayList<>();
      Map<String, Double> subject = new HashMap<>();
      for (Map.Entry<String, List<Reason>> e : byLaw.entrySet()) {
        for (Reason r : e.getValue()) {
          if (r.type() == ReasonType.EXPLICIT && !out.contains(e.getKey())) out.add(e.getKey());
          if (r.type() == ReasonType.SUBJECT) subject.merge(e.getKey(), r.score(), Math::max);
        }
      }
      subject.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .map(Map.Entry::getKey).filter(k -> !out.contains(k)).forEach(out::add);
      return out.subList(0, Math.min(n, out.size()));
    }

    List<LawImpact> rank(int limit) {
      List<LawImpact> out = new ArrayList<>();
      for (Map.Entry<String, List<Reason>> e : byLaw.entrySet()) {
        List<Reason> merged = merge(e.getValue());
        double score = 0;
        for (Reason r : merged) score += WEIGHT.get(r.type()) * r.score();
        score *= Math.pow(1 + 0.15 * Math.log1p(probe.amendments(e.getKey())), PRIOR_EXPONENT);
        var law = probe.index().law(e.getKey()).orElseThrow();
        out.add(new LawImpact(0, law.lawId(), law.lawNum(), law.title(), score, merged));
      }
      out.sort(Comparator.comparingDouble(LawImpact::score).reversed());
      List<LawImpact> ranked = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, out.size()); i++) {
        LawImpact l = out.get(i);
        ranked.add(new LawImpact(i + 1, l.lawId(), l.lawNum(), l.title(), Math.round(l.score() * 1000) / 1000.0, l.reasons()));
      }
      return ranked;
    }

    /** One reason per type: the strongest explanation, evidence of all (up to 5), score saturating with repeats. */
    private static List<Reason> merge(List<Reason> rs) {
      Map<ReasonType, List<Reason>> byType = new EnumMap<>(ReasonType.class);
      for (Reason r : rs) byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
      List<Reason> out = new ArrayList<>();
      for (Map.Entry<ReasonType, List<Reason>> e : byType.entrySet()) {
        List<Reason> list = new ArrayList<>(e.getValue());
        list.sort(Comparator.comparingDouble(Reason::score).reversed());
        Reason best = list.get(0);
        Map<String, Evidence> ev = new LinkedHashMap<>();
        double score = 0;
        double w = 1;
        for (Reason r : list) {
          for (Evidence x : r.provisions()) ev.putIfAbsent(x.path(), x);
          score += w * r.score();
          w *= 0.5;
        }
        out.add(new Reason(best.type(), best.explanation(), best.measure(),
            ev.values().stream().limit(5).toList(), Math.round(score * 1000) / 1000.0));
      }
      return out;
    }
  }
}
