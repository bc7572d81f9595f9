package dev.lawimpact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawimpact.amendments.Amender;
import dev.lawimpact.amendments.Amendment;
import dev.lawimpact.amendments.AmendmentResult;
import dev.lawimpact.amendments.ApplyFailure;
import dev.lawimpact.amendments.Operation;
import dev.lawimpact.amendments.ParsedSentence;
import dev.lawimpact.comparison.Units;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Law;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Amendment benchmark over a directory of cases shaped like ../shared/bench/amendments/cases/
 * (before.xml, amending*.xml, after.xml, case.json), scored as that README describes:
 * a case passes when every changed unit equals after.xml sentence by sentence and every other
 * unit is unchanged; mixed cases are scored on their units explained by the known sentences.
 * Also: parse share over a list of sentences. Run through bench/amend.sh.
 */
public final class AmendBench {

  /** The outcome of one case. */
  public record CaseResult(String name, String kind, boolean pass, int scored, int scoredOk, int untouchedBroken,
      int sentences, int sentencesParsed, List<String> failures, List<String> mismatches, boolean tableRowsExact, String status) {}

  /** Per-type tally: operations of the type whose target unit ended equal to after.xml. */
  public record Summary(List<CaseResult> cases, Map<String, int[]> perType, int sentencesCorrect, int sentencesTotal) {
    public long passed(String kind) {
      return cases.stream().filter(c -> c.kind().equals(kind) && c.pass()).count();
    }

    public long unscored(String kind) {
      return cases.stream().filter(c -> c.kind().equals(kind) && c.status().equals("UNSCORED")).count();
    }

    public long count(String kind) {
      return cases.stream().filter(c -> c.kind().equals(kind)).count();
    }
  }

  public static Summary run(Path dir, Amender.Policy policy) throws IOException {
    List<Path> caseDirs;
    try (Stream<Path> s = Files.list(dir)) {
      caseDirs = s.filter(p -> Files.isRegularFile(p.resolve("case.json"))).sorted().toList();
    }
    List<CaseResult> out = new ArrayList<>();
    Map<String, int[]> perType = new TreeMap<>();
    int[] sentences = {0, 0};
    for (Path c : caseDirs) out.add(runCase(c, policy, perType, sentences));
    return new Summary(out, perType, sentences[0], sentences[1]);
  }

  static CaseResult runCase(Path dir, Amender.Policy policy, Map<String, int[]> perType, int[] sentenceTally) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode meta = json.readTree(dir.resolve("case.json").toFile());
    String kind = meta.path("kind").asText("clean");
    Law before = read(dir.resolve("before.xml"));
    Law after = read(dir.resolve("after.xml"));
    Amender amender = new Amender();
    Law current = before;
    List<ParsedSentence> parsed = new ArrayList<>();
    List<ApplyFailure> failures = new ArrayList<>();
    List<Operation> ops = new ArrayList<>();
    for (JsonNode src : meta.path("amending_sources")) {
      Law amending = read(dir.resolve(src.path("file").asText("amending.xml")));
      Amendment a = amender.amendmentFor(amending, before);
      if (a.provisions().isEmpty()) {
        // The target sentence names the law differently (an abbreviation, a title without number).
        String ts = src.path("target_sentence").asText("");
        for (Amendment g : amender.amendmentsIn(amending)) if (g.targetSentence().equals(ts)) a = g;
      }
      AmendmentResult r = amender.apply(current, a, policy);
      current = r.after();
      parsed.addAll(r.sentences());
      failures.addAll(r.failures());
      ops.addAll(r.operations());
    }
    Map<String, Units.Unit> b = Units.of(before);
    Map<String, Units.Unit> af = Units.of(after);
    Map<String, Units.Unit> res = Units.of(current);
    Set<String> keys = new LinkedHashSet<>(b.keySet());
    keys.addAll(af.keySet());
    keys.addAll(res.keySet());
    Set<String> changed = new HashSet<>();
    for (String k : keys) if (!same(b.get(k), af.get(k))) changed.add(k);
    // Which changed units the known sentences explain (mixed cases); clean cases: all of them.
    Set<String> explained = new HashSet<>();
    Set<String> unexplainedLabels = new HashSet<>();
    for (JsonNode p : meta.path("changed_provisions")) {
      String label = Units.norm(p.path("provision").asText());
      boolean ex = p.path("explained_by_known_sentences").asBoolean(true);
      String key = keyForLabel(label, b, af);
      if (key == null) continue;
      if (ex) explained.add(key);
      else unexplainedLabels.add(key);
    }
    if (kind.equals("clean")) explained.addAll(changed);
    int scored = 0, scoredOk = 0, untouchedBroken = 0;
    List<String> mismatches = new ArrayList<>();
    for (String k : keys) {
      if (changed.contains(k)) {
        if (!explained.contains(k)) continue;
        scored++;
        if (same(res.get(k), af.get(k))) scoredOk++;
        else mismatches.add("changed unit differs from after: " + label(k, af, b));
      } else if (!same(res.get(k), b.get(k))) {
        untouchedBroken++;
        mismatches.add("unit that should not change was changed: " + label(k, b, res));
      }
    }
    // A mixed case with no unit its sentences explain passes only by refusing (012: the string to
    // replace is not in before.xml); otherwise it has nothing to score.
    boolean refused = !failures.isEmpty();
    String status = scored > 0 || kind.equals("clean")
        ? (scored == scoredOk && untouchedBroken == 0 ? "PASS" : "FAIL")
        : untouchedBroken > 0 ? "FAIL" : refused ? "PASS-REFUSED" : "UNSCORED";
    boolean pass = status.startsWith("PASS");
    // 新旧対照表 check (README scoring 5): rows are exactly the changed units, old text from before.xml.
    var table = new dev.lawimpact.comparison.Comparison().table(before, current);
    Set<String> rowKeys = new HashSet<>();
    for (var row : table.rows()) rowKeys.add(row.path().substring(row.path().indexOf(row.path().contains("#") ? '#' : '/') + 1));
    boolean tableOk = rowKeys.equals(changed);
    // Per-operation tallies: an op is right when it applied and its unit ends equal to after.xml.
    Set<String> failedOps = new HashSet<>();
    for (ApplyFailure f : failures) failedOps.add(f.sentence() + ":" + f.start());
    Set<Integer> badSentences = new HashSet<>();
    for (ParsedSentence ps : parsed) if (!ps.clean()) badSentences.add(ps.index());
    for (ApplyFailure f : failures) badSentences.add(f.sentence());
    for (Operation op : ops) {
      String unit = unitOf(op, res);
      boolean applied = !failedOps.contains(op.sentence() + ":" + op.start());
      // A unit other acts also changed (mixed cases) cannot show whether this op was right.
      if (unit != null && changed.contains(unit) && !explained.contains(unit)) continue;
      boolean ok = applied && (unit == null || same(res.get(unit), af.get(unit)));
      for (String scope : kind.equals("clean") ? List.of("clean", "all") : List.of("all")) {
        int[] t = perType.computeIfAbsent(scope + " " + op.type(), x -> new int[2]);
        t[1]++;
        if (ok) t[0]++;
      }
      if (!ok) badSentences.add(op.sentence());
    }
    int nParsed = (int) parsed.stream().filter(ParsedSentence::clean).count();
    if (kind.equals("clean")) {
      sentenceTally[1] += parsed.size();
      sentenceTally[0] += parsed.size() - (int) parsed.stream().filter(p -> badSentences.contains(p.index())).count();
    }
    List<String> fl = new ArrayList<>();
    for (ApplyFailure f : failures) fl.add(f.kind() + " s" + f.sentence() + "@" + f.start() + " " + f.operation() + ": " + f.detail());
    return new CaseResult(dir.getFileName().toString(), kind, pass, scored, scoredOk, untouchedBroken, parsed.size(), nParsed, fl, mismatches, tableOk, status);
  }

  /** The unit (article / 附則 article or paragraph / appendix / 目次) an operation's first target lies in. */
  static String unitOf(Operation op, Map<String, Units.Unit> units) {
    dev.lawimpact.amendments.Target t = null;
    if (op instanceof Operation.ReplaceText r) t = r.scope().isEmpty() ? null : r.scope().get(0);
    else if (op instanceof Operation.DeleteText d) t = d.scope().isEmpty() ? null : d.scope().get(0);
    else if (op instanceof Operation.InsertText i) t = i.scope().isEmpty() ? null : i.scope().get(0);
    else if (op instanceof Operation.ReplaceProvisions r) t = r.targets().get(0);
    else if (op instanceof Operation.DeleteProvisions d) t = d.targets().get(0);
    else if (op instanceof Operation.InsertProvisions i) t = i.anchor();
    else if (op instanceof Operation.Renumber r) t = r.to();
    else if (op instanceof Operation.Shift s) t = s.targets().get(0);
    else if (op instanceof Operation.SetCaption c) t = c.target();
    if (t == null) return null;
    String prefix = "";
    for (var s : t.steps()) {
      switch (s.level()) {
        case TOC -> { return "toc"; }
        case TITLE -> { return "title"; }
        case SUPPL -> prefix = "sp-";
        case ARTICLE -> { return prefix + "a" + s.num(); }
        case PARAGRAPH -> { return prefix + "p" + s.num(); }
        case APPENDIX -> {
          return appendixKey(Units.norm(s.unit() + (s.num().isEmpty() ? "" : "第" + dev.lawimpact.numerals.Numerals.branchToKanji(s.num()))), units);
        }
        default -> { }
      }
    }
    return null;
  }

  private static String keyForLabel(String label, Map<String, Units.Unit> b, Map<String, Units.Unit> a) {
    for (Map<String, Units.Unit> m : List.of(b, a)) {
      for (Units.Unit u : m.values()) if (Units.norm(u.label()).equals(label)) return u.key();
    }
    if (label.endsWith("目次")) return "toc";
    for (Map<String, Units.Unit> m : List.of(b, a)) {
      for (Units.Unit u : m.values()) {
        String l = Units.norm(u.label());
        if (!l.isEmpty() && !u.key().matches("(sp-)?[ap][0-9].*") && (label.startsWith(l) || l.startsWith(label))) return u.key();
      }
    }
    // 附則 第3項 (a paragraph number in digits) against our 附則 第3項.
    return null;
  }

  private static String label(String k, Map<String, Units.Unit> first, Map<String, Units.Unit> second) {
    Units.Unit u = first.get(k) != null ? first.get(k) : second.get(k);
    return u == null ? k : u.label() + " (" + k + ")";
  }

  static boolean same(Units.Unit x, Units.Unit y) {
    if (x == null || y == null) return x == y;
    return x.normalized().equals(y.normalized());
  }

  static Law read(Path p) throws IOException {
    String xml = Files.readString(p, StandardCharsets.UTF_8);
    var r = Amender.readXml(xml, p.toString());
    if (r.failed()) throw new IOException("cannot read " + p + ": " + r.diagnostics());
    return r.law();
  }

  /** Parse share over distinct sentences: every AmendProvision sentence in the given law files. */
  public static int[] parseShare(List<Path> files, List<String> failuresOut) throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    for (Path f : files) {
      String xml = Files.readString(f, StandardCharsets.UTF_8);
      if (!xml.contains("AmendProvision")) continue;
      var r = Amender.readXml(xml, f.toString());
      if (r.failed()) continue;
      for (Amendment a : new Amender().amendmentsIn(r.law())) {
        for (Block.AmendProvision ap : a.provisions()) for (String s : ap.sentences()) seen.add(s);
      }
    }
    int ok = 0;
    int placeholders = 0;
    Amender amender = new Amender();
    for (String s : seen) {
      ParsedSentence p = amender.parse(List.of(s)).get(0);
      if (p.clean()) ok++;
      if (p.clean() && p.operations().stream().allMatch(o -> o instanceof Operation.TableForm || o instanceof Operation.Elided)) {
        placeholders++;
      }
      else failuresOut.add(p.problems().isEmpty() ? "no operation: " + s
          : "at " + p.problems().get(0).position() + " «" + abbreviate(p.problems().get(0).remainder()) + "» in " + abbreviate(s));
    }
    return new int[] {ok, seen.size(), placeholders};
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AmendBench cases DIR [--strict] | parse DIR-or-FILES… | time LAW.xml");
      System.exit(2);
    }
    switch (args[0]) {
      case "cases" -> cases(Path.of(args[1]), args.length > 2 && args[2].equals("--strict") ? Amender.Policy.EXACTLY_ONE : Amender.Policy.ALL_OCCURRENCES);
      case "parse" -> {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
          Path p = Path.of(args[i]);
          if (Files.isDirectory(p)) try (Stream<Path> s = Files.walk(p)) {
            s.filter(x -> x.toString().endsWith(".xml")).sorted().forEach(files::add);
          }
          else files.add(p);
        }
        List<String> fails = new ArrayList<>();
        int[] r = parseShare(files, fails);
        fails.forEach(f -> System.out.println("UNPARSED " + f));
        System.out.printf(Locale.ROOT, "parse share: %d / %d distinct sentences = %.4f (of the parsed, %d are only a table-form or elided placeholder;"
            + " without them %d / %d = %.4f)%n", r[0], r[1], r[0] / (double) r[1], r[2], r[0] - r[2], r[1] - r[2], (r[0] - r[2]) / (double) (r[1] - r[2]));
      }
      case "consistency" -> consistency(Path.of(args[1]), Path.of(args.length > 2 ? args[2] : "../shared/corpus"));
      case "time" -> time(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 30);
      case "time-case" -> timeCase(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 30);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  /**
   * consistency.tsv (README "Scoring" 6): for each row, parse the sentence, resolve the row's
   * provision among the units the sentence targets in the corpus copy of the target law, and
   * confirm the expected string in that unit's normalised text. Prints both shares.
   */
  static void consistency(Path tsv, Path corpusRoot) throws IOException {
    consistencyShares(tsv, corpusRoot, true);
  }

  /** [resolved share, confirmed share] over the rows whose target law is in the corpus. */
  public static double[] consistencyShares(Path tsv, Path corpusRoot, boolean print) throws IOException {
    List<String[]> rows = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t", -1);
      if (c[0].equals("check_id") || c.length < 12) continue;
      rows.add(c);
      String id = c[6].isEmpty() ? "" : c[6].substring(c[6].lastIndexOf(c[6].contains(":") ? ':' : '/') + 1).replace(".xml", "");
      if (!id.isEmpty()) ids.add(id);
    }
    java.util.Map<String, Law> laws = new java.util.HashMap<>();
    List<String> locations = new ArrayList<>();
    for (String l : List.of("ja/core", "ja/acts.tar.xz", "ja/orders.tar.xz")) {
      if (Files.exists(corpusRoot.resolve(l))) locations.add(corpusRoot.resolve(l).toString());
    }
    dev.lawimpact.corpus.CorpusLoader.load(new dev.lawimpact.corpus.CorpusSpec(locations).open(), new dev.lawimpact.corpus.CorpusVisitor() {
      @Override
      public boolean wants(String lawId) {
        return ids.contains(lawId);
      }

      @Override
      public void entry(dev.lawimpact.corpus.CorpusEntry e) {
        var r = new dev.lawimpact.statute.xml.EgovXmlReader().read(e.lawId(), e.name(), e.content());
        if (!r.failed()) laws.put(e.lawId(), r.law());
      }

      @Override
      public void problem(dev.lawimpact.corpus.CorpusProblem p) {
      }
    });
    int withLaw = 0, resolved = 0, confirmed = 0;
    java.util.Map<String, int[]> byType = new TreeMap<>();
    for (String[] c : rows) {
      String id = c[6].isEmpty() ? "" : c[6].substring(c[6].lastIndexOf(c[6].contains(":") ? ':' : '/') + 1).replace(".xml", "");
      Law law = laws.get(id);
      int[] t = byType.computeIfAbsent(c[9], x -> new int[3]);
      t[0]++;
      if (law == null) continue;
      withLaw++;
      Map<String, Units.Unit> units = Units.of(law);
      String key = rowUnit(c[8], units);
      ParsedSentence p = new Amender().parse(List.of(c[11])).get(0);
      Set<String> targeted = new HashSet<>();
      boolean adds = false;
      for (Operation op : p.operations()) {
        String u = unitOf(op, units);
        if (u != null) targeted.add(u);
        adds |= op instanceof Operation.InsertProvisions || op instanceof Operation.ReplaceProvisions;
      }
      boolean ok = key != null && units.containsKey(key) && (targeted.contains(key) || (adds && c[9].equals("article_text_equal")));
      if (!ok) {
        if (System.getenv("AMEND_VERBOSE") != null) {
          System.out.println("UNRESOLVED " + c[0] + " " + c[8] + " -> " + key + (key != null && !units.containsKey(key) ? " (absent)" : "")
              + " targets " + targeted + " : " + abbreviate(c[11]));
        }
        continue;
      }
      resolved++;
      t[1]++;
      String text = String.join("", units.get(key).normalized());
      String expected = Units.norm(c[10]);
      boolean holds = c[9].equals("article_text_equal") ? text.equals(expected) || text.contains(expected) : text.contains(expected);
      if (holds) {
        confirmed++;
        t[2]++;
      }
    }
    if (print) {
      System.out.printf(Locale.ROOT, "consistency rows: %d, with the target law in the corpus: %d%n", rows.size(), withLaw);
      System.out.printf(Locale.ROOT, "provision resolved from the sentence: %d / %d = %.4f%n", resolved, withLaw, resolved / (double) withLaw);
      System.out.printf(Locale.ROOT, "check confirmed: %d / %d = %.4f%n", confirmed, withLaw, confirmed / (double) withLaw);
      byType.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s rows %d, resolved %d, confirmed %d%n", k, v[0], v[1], v[2]));
    }
    return new double[] {resolved / (double) withLaw, confirmed / (double) withLaw};
  }

  /** The unit key for consistency.tsv's provision column (第三十五条, 附則第二条, 附則第三項, 別表第一, 目次, Article Num=16_3). */
  static String rowUnit(String provision, Map<String, Units.Unit> units) {
    String p = provision.strip();
    String prefix = "";
    if (p.startsWith("附則")) {
      prefix = "sp-";
      p = p.substring(2);
    }
    if (p.equals("目次")) return "toc";
    if (p.startsWith("Article Num=")) return prefix + "a" + p.substring("Article Num=".length());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^第([〇一二三四五六七八九十百千]+)(条|項)((?:の[〇一二三四五六七八九十百千]+)*)$").matcher(p);
    if (m.matches()) {
      String num = dev.lawimpact.numerals.Numerals.parseBranch(m.group(1) + m.group(3)).orElse("");
      return prefix + (m.group(2).equals("条") ? "a" : "p") + num;
    }
    return appendixKey(Units.norm(p), units);
  }

  /** The appendix unit whose label starts with 別表第一 (not 別表第十一, not 別表第一の二). */
  static String appendixKey(String want, Map<String, Units.Unit> units) {
    for (Units.Unit u : units.values()) {
      String l = Units.norm(u.label());
      if (!u.key().matches("(sp-)?[ap][0-9].*") && l.startsWith(want)
          && (l.length() == want.length() || "の〇一二三四五六七八九十百千".indexOf(l.charAt(want.length())) < 0)) return u.key();
    }
    return null;
  }

  /**
   * A 20-sentence amendment written from the law itself (deterministic): 15 「A」を「B」に改める
   * on articles spread over the law, 3 「A」の下に「B」を加える, 2 new articles (次の一条を加える).
   */
  static Amendment twentySentences(Law law) {
    List<dev.lawimpact.statute.Article> articles = new ArrayList<>();
    law.forEachProvision(p -> {
      if (p instanceof dev.lawimpact.statute.Article a && !a.deleted() && a.path().segments().size() == 1
          && !a.children().isEmpty() && a.children().get(0) instanceof dev.lawimpact.statute.Paragraph q
          && q.ownText().length() >= 24) articles.add(a);
    });
    List<Block.AmendProvision> out = new ArrayList<>();
    int step = Math.max(1, articles.size() / 20);
    for (int k = 0; k < 20 && k * step < articles.size(); k++) {
      dev.lawimpact.statute.Article a = articles.get(k * step);
      String text = ((dev.lawimpact.statute.Paragraph) a.children().get(0)).ownText();
      String needle = text.substring(6, 14);
      String label = a.title();
      if (k < 15) {
        out.add(new Block.AmendProvision(List.of(label + "中「" + needle + "」を「" + needle + "等」に改める。"), List.of(),
            dev.lawimpact.statute.SourceSpan.NONE));
      } else if (k < 18) {
        out.add(new Block.AmendProvision(List.of(label + "中「" + needle + "」の下に「（仮）」を加える。"), List.of(),
            dev.lawimpact.statute.SourceSpan.NONE));
      } else {
        String num = a.num() + "_99";
        String xml = "<Law Era=\"Reiwa\" Year=\"1\" Num=\"0\" LawType=\"Act\" Lang=\"ja\"><LawNum>x</LawNum><LawBody><LawTitle>x</LawTitle>"
            + "<MainProvision><AmendProvision><AmendProvisionSentence><Sentence>" + label + "の次に次の一条を加える。</Sentence></AmendProvisionSentence>"
            + "<NewProvision><Article Num=\"" + num + "\"><ArticleCaption>（新設）</ArticleCaption><ArticleTitle>" + label + "の九十九</ArticleTitle>"
            + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>この条は、性能測定のために加える。</Sentence></ParagraphSentence></Paragraph>"
            + "</Article></NewProvision></AmendProvision></MainProvision></LawBody></Law>";
        Law frag = Amender.readXml(xml, "bench").law();
        out.addAll(new Amender().amendmentsIn(frag).get(0).provisions());
      }
    }
    return new Amendment("", out);
  }

  /** Parse + apply + 新旧対照表 + HTML, on a tree already read; median and p95 over runs. */
  static void time(Path lawFile, int runs) throws IOException {
    byte[] bytes = Files.readAllBytes(lawFile);
    long r0 = System.nanoTime();
    Law law = read(lawFile);
    long readMs = (System.nanoTime() - r0) / 1_000_000;
    Amendment a = twentySentences(law);
    report(lawFile + " (" + bytes.length + " bytes), generated " + a.sentenceCount() + "-sentence amendment", law, a, runs, readMs);
  }

  /** The same timing for a bench case's real amendment (all its sources). */
  static void timeCase(Path dir, int runs) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode meta = json.readTree(dir.resolve("case.json").toFile());
    long r0 = System.nanoTime();
    Law before = read(dir.resolve("before.xml"));
    long readMs = (System.nanoTime() - r0) / 1_000_000;
    List<Block.AmendProvision> all = new ArrayList<>();
    for (JsonNode src : meta.path("amending_sources")) {
      all.addAll(new Amender().amendmentFor(read(dir.resolve(src.path("file").asText())), before).provisions());
    }
    Amendment a = new Amendment("", all);
    report(dir + "/before.xml (" + Files.size(dir.resolve("before.xml")) + " bytes), real " + a.sentenceCount() + "-sentence amendment",
        before, a, runs, readMs);
  }

  private static void report(String what, Law law, Amendment a, int runs, long readMs) {
    Amender amender = new Amender();
    var comparison = new dev.lawimpact.comparison.Comparison();
    var html = new dev.lawimpact.comparison.ComparisonHtml();
    var writer = new dev.lawimpact.statute.xml.EgovXmlWriter();
    int warm = Math.max(10, runs / 3);
    long[] total = new long[runs];
    long[] applyOnly = new long[runs];
    long[] xml = new long[runs];
    int failures = 0;
    int rows = 0;
    for (int i = -warm; i < runs; i++) {
      long t0 = System.nanoTime();
      AmendmentResult r = amender.apply(law, a, Amender.Policy.ALL_OCCURRENCES);
      long t1 = System.nanoTime();
      var table = comparison.table(r.before(), r.after());
      String page = html.render(table, List.of());
      long t2 = System.nanoTime();
      String out = writer.write(r.after());
      long t3 = System.nanoTime();
      if (i >= 0) {
        applyOnly[i] = t1 - t0;
        total[i] = t2 - t0;
        xml[i] = t3 - t2;
        failures = r.failures().size();
        rows = table.rows().size() + (page.isEmpty() || out.isEmpty() ? 1 : 0);
      }
    }
    System.out.println(what);
    System.out.printf(Locale.ROOT, "  failures %d, table rows %d, runs %d after %d warm-up, read (once, cold) %d ms%n", failures, rows, runs, warm, readMs);
    System.out.printf(Locale.ROOT, "  parse+apply:                 median %.1f ms  p95 %.1f ms%n", ms(applyOnly, 50), ms(applyOnly, 95));
    System.out.printf(Locale.ROOT, "  parse+apply+table+HTML:      median %.1f ms  p95 %.1f ms%n", ms(total, 50), ms(total, 95));
    System.out.printf(Locale.ROOT, "  result as e-Gov XML (extra): median %.1f ms  p95 %.1f ms%n", ms(xml, 50), ms(xml, 95));
  }

  private static double ms(long[] v, int pct) {
    long[] c = v.clone();
    java.util.Arrays.sort(c);
    int i = Math.min(c.length - 1, (int) Math.ceil(pct / 100.0 * c.length) - 1);
    return c[Math.max(0, i)] / 1e6;
  }

  static void cases(Path dir, Amender.Policy policy) throws IOException {
    Summary s = run(dir, policy);
    for (CaseResult c : s.cases()) {
      System.out.printf(Locale.ROOT, "%s %-6s %s  units %d/%d  untouched-broken %d  sentences parsed %d/%d  table rows %s%n",
          c.name(), c.kind(), c.status(), c.scoredOk(), c.scored(), c.untouchedBroken(), c.sentencesParsed(), c.sentences(),
          c.tableRowsExact() ? "exact" : "differ");
      for (String f : c.failures()) System.out.println("    failure: " + f);
      for (String m : c.mismatches()) System.out.println("    " + m);
    }
    System.out.println();
    for (String k : List.of("clean", "mixed", "staged")) {
      if (s.count(k) > 0) {
        System.out.printf(Locale.ROOT, "%-6s cases reproduced: %d / %d (%d with no unit to score)%n", k, s.passed(k), s.count(k), s.unscored(k));
      }
    }
    System.out.printf(Locale.ROOT, "clean cases whose 新旧対照表 rows are exactly the changed units: %d / %d%n",
        s.cases().stream().filter(c -> c.kind().equals("clean") && c.tableRowsExact()).count(), s.count("clean"));
    System.out.printf(Locale.ROOT, "all cases reproduced: %d / %d%n", s.cases().stream().filter(CaseResult::pass).count(), s.cases().size());
    System.out.printf(Locale.ROOT, "sentences correct (clean cases): %d / %d%n", s.sentencesCorrect(), s.sentencesTotal());
    s.perType().forEach((t, v) -> System.out.printf(Locale.ROOT, "op %-18s %d / %d%n", t, v[0], v[1]));
  }
}
