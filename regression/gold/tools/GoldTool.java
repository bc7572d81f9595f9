import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Gold-set helper (not the extractor): dumps provision texts, samples provisions with a fixed seed,
 * and turns hand-written label lines into references.tsv with verified offsets and targets.
 *
 * Label line (labels/*.tsv): law_id provision mention occ kind targets note
 *   occ = which occurrence of mention in ownText (1-based); targets tokens: full path, bare law id,
 *   local path (relative to law_id), X..Y (every sibling from X to Y in document order, same depth),
 *   LAW/X..Y likewise in another law, or UNRESOLVABLE:reason.
 */
public class GoldTool {
  static final Path CORPUS = Path.of("/work/shared/corpus/ja");
  static final Path ACTS = Path.of(System.getProperty("gold.acts", "/work/scratch-gold/acts"));
  static final Map<String, Path> FILES = new TreeMap<>();
  static final Map<String, Law> CACHE = new HashMap<>();

  static void index() throws IOException {
    try (var s = Files.list(ACTS)) {
      s.filter(p -> p.toString().endsWith(".xml")).forEach(p -> FILES.put(base(p), p));
    }
    try (var s = Files.list(CORPUS.resolve("core"))) {
      s.filter(p -> p.toString().endsWith(".xml")).forEach(p -> FILES.put(base(p), p));
    }
  }

  static String base(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - 4);
  }

  static Law law(String id) {
    return CACHE.computeIfAbsent(id, k -> {
      Path p = FILES.get(k);
      if (p == null) return null;
      try {
        ReadResult r = new EgovXmlReader().read(k, p.getFileName().toString(), Files.readAllBytes(p));
        return r.lawIfRead().orElse(null);
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
  }

  static List<Provision> provs(Law l) {
    List<Provision> out = new ArrayList<>();
    l.forEachProvision(out::add);
    return out;
  }

  public static void main(String[] a) throws Exception {
    index();
    switch (a[0]) {
      case "titles" -> {
        StringBuilder sb = new StringBuilder();
        for (String id : FILES.keySet()) {
          Law l = law(id);
          if (l == null) { sb.append(id).append("\tUNREADABLE\n"); continue; }
          sb.append(id).append('\t').append(l.meta().title()).append('\t').append(l.meta().lawNumText())
              .append('\t').append(String.join("|", l.meta().abbreviations())).append('\n');
          CACHE.remove(id);
        }
        Files.writeString(Path.of(a[1]), sb.toString());
      }
      case "dump" -> {
        Law l = law(a[1]);
        Set<String> only = a.length > 2 ? new HashSet<>(Arrays.asList(a[2].split(","))) : null;
        for (Provision p : provs(l)) {
          String loc = p.path().local();
          if (only != null && !only.contains(loc)) continue;
          System.out.println(loc + "\t" + p.title() + "\t" + p.ownText().replace("\n", "⏎"));
        }
      }
      case "paths" -> {
        Law l = law(a[1]);
        StringBuilder sb = new StringBuilder();
        for (Provision p : provs(l)) sb.append(p.path().local()).append(' ');
        System.out.println(sb);
      }
      case "sample" -> sample(a);
      case "sample2" -> sample2(a);
      case "sample3" -> sample3(a);
      case "verify" -> verify(a);
      case "build" -> build(a);
      default -> throw new IllegalArgumentException(a[0]);
    }
  }

  static final Pattern ENRICH = Pattern.compile(
      "法律第|準用|まで|同項|同号|同法|同条|前各号|前項|前条|次条|附則第|別表|第[一二三四五六七八九十百千]+[条項号]");

  /** sample SEED CORE_LIST N_RANDOM_ACTS U_CORE E_CORE U_ACT E_ACT */
  static void sample(String[] a) {
    long seed = Long.parseLong(a[1]);
    List<String> core = Arrays.asList(a[2].split(","));
    int nActs = Integer.parseInt(a[3]);
    int uc = Integer.parseInt(a[4]), ec = Integer.parseInt(a[5]);
    int ua = Integer.parseInt(a[6]), ea = Integer.parseInt(a[7]);
    Random rnd = new Random(seed);
    List<String> acts = new ArrayList<>();
    for (String id : FILES.keySet()) if (id.contains("AC") && !core.contains(id)) acts.add(id);
    Collections.shuffle(acts, rnd);
    List<String> chosen = new ArrayList<>(core);
    int added = 0;
    for (String id : acts) {
      if (added >= nActs) break;
      Law l = law(id);
      if (l == null) continue;
      long withText = provs(l).stream().filter(p -> !p.ownText().isEmpty()).count();
      if (withText < 15) { System.err.println("skip small " + id + " " + l.meta().title()); continue; }
      chosen.add(id);
      added++;
    }
    for (String id : chosen) {
      Law l = law(id);
      boolean isCore = core.contains(id);
      List<Provision> all = new ArrayList<>();
      for (Provision p : provs(l)) if (!p.ownText().isEmpty() && p.ownText().length() <= 800) all.add(p);
      List<Provision> u = new ArrayList<>(all);
      Collections.shuffle(u, rnd);
      Set<String> picked = new LinkedHashSet<>();
      int nu = isCore ? uc : ua, ne = isCore ? ec : ea;
      for (Provision p : u) { if (picked.size() >= nu) break; picked.add(p.path().local() + "\tU"); }
      List<Provision> e = new ArrayList<>();
      for (Provision p : all) if (ENRICH.matcher(p.ownText()).find()) e.add(p);
      Collections.shuffle(e, rnd);
      int got = 0;
      for (Provision p : e) {
        if (got >= ne) break;
        String loc = p.path().local();
        if (picked.contains(loc + "\tU")) continue;
        picked.add(loc + "\tE");
        got++;
      }
      for (String s : picked) System.out.println(id + "\t" + s + "\t" + l.meta().title());
    }
  }

  /**
   * sample3 SEED N_ACTS U E EXCLUDE_FILE: the held-out sample. Acts (…AC… ids) not listed in
   * EXCLUDE_FILE (one law id per line: every law of the development set), drawn by shuffle with
   * SEED, skipping Acts with fewer than 15 provisions that have text; per Act U uniform provisions
   * and E provisions matching the reference-like regex, among provisions with ownText of at most
   * 600 characters.
   */
  static void sample3(String[] a) throws IOException {
    Random rnd = new Random(Long.parseLong(a[1]));
    int nActs = Integer.parseInt(a[2]), nu = Integer.parseInt(a[3]), ne = Integer.parseInt(a[4]);
    Set<String> excl = new HashSet<>(Files.readAllLines(Path.of(a[5])));
    List<String> acts = new ArrayList<>();
    for (String id : FILES.keySet()) if (id.contains("AC") && !excl.contains(id)) acts.add(id);
    Collections.shuffle(acts, rnd);
    int added = 0;
    for (String id : acts) {
      if (added >= nActs) break;
      Law l = law(id);
      if (l == null) continue;
      List<Provision> all = new ArrayList<>();
      for (Provision p : provs(l)) if (!p.ownText().isEmpty() && p.ownText().length() <= 600) all.add(p);
      if (all.size() < 15) { System.err.println("skip small " + id + " " + l.meta().title()); CACHE.remove(id); continue; }
      added++;
      List<Provision> u = new ArrayList<>(all);
      Collections.shuffle(u, rnd);
      Set<String> picked = new LinkedHashSet<>();
      for (Provision p : u) { if (picked.size() >= nu) break; picked.add(p.path().local() + "\tU"); }
      List<Provision> e = new ArrayList<>();
      for (Provision p : all) if (ENRICH.matcher(p.ownText()).find()) e.add(p);
      Collections.shuffle(e, rnd);
      int got = 0;
      for (Provision p : e) {
        if (got >= ne) break;
        String loc = p.path().local();
        if (picked.contains(loc + "\tU")) continue;
        picked.add(loc + "\tE");
        got++;
      }
      for (String s : picked) System.out.println(id + "\t" + s + "\t" + l.meta().title());
      CACHE.remove(id);
    }
  }

  /** sample2 SEED N REGEX STRATUM EXCLUDE_LAWS(comma): one provision per law, main provisions only, ownText <= 400. */
  static void sample2(String[] a) {
    Random rnd = new Random(Long.parseLong(a[1]));
    int n = Integer.parseInt(a[2]);
    Pattern re = Pattern.compile(a[3]);
    Set<String> excl = new HashSet<>(Arrays.asList(a[5].split(",")));
    List<String> ids = new ArrayList<>(FILES.keySet());
    Collections.shuffle(ids, rnd);
    int got = 0;
    for (String id : ids) {
      if (got >= n) break;
      if (excl.contains(id) || !id.contains("AC")) continue;
      Law l = law(id);
      if (l == null) continue;
      List<Provision> c = new ArrayList<>();
      for (Provision p : provs(l)) {
        String loc = p.path().local();
        if (loc.startsWith("sp") || p.ownText().length() > 400) continue;
        if (re.matcher(p.ownText()).find()) c.add(p);
      }
      CACHE.remove(id);
      if (c.isEmpty()) continue;
      Provision p = c.get(rnd.nextInt(c.size()));
      System.out.println(id + "\t" + p.path().local() + "\t" + a[4] + "\t" + l.meta().title());
      excl.add(id);
      got++;
    }
  }

  /** verify REFERENCES_TSV: re-checks every row of the published file against the reader's tree. */
  static void verify(String[] a) throws IOException {
    List<String> rows = Files.readAllLines(Path.of(a[1]));
    int bad = 0, n = 0;
    for (String r : rows.subList(1, rows.size())) {
      String[] f = r.split("\t", -1);
      n++;
      Law law = law(f[0]);
      Optional<Provision> p = law == null ? Optional.empty() : law.find(ProvisionPath.parseLocal(law.meta().lawId(), f[1]));
      if (p.isEmpty()) { System.err.println("no provision: " + r); bad++; continue; }
      int s = Integer.parseInt(f[2]), e = Integer.parseInt(f[3]);
      String t = p.get().ownText();
      if (e > t.length() || !t.substring(s, e).equals(f[4])) { System.err.println("offset mismatch: " + r); bad++; }
      for (String tg : f[6].split(" ")) {
        if (tg.startsWith("UNRESOLVABLE:")) continue;
        ProvisionPath pp = ProvisionPath.parse(tg);
        Law tl = law(pp.lawId().value());
        if (tl == null || (!pp.isWholeLaw() && tl.find(pp).isEmpty())) { System.err.println("bad target " + tg + ": " + r); bad++; }
      }
    }
    System.out.println("rows=" + n + " bad=" + bad);
  }

  static final Pattern TRIGGER = Pattern.compile(
      "第[一二三四五六七八九十百千]+[条項号]|前[条項号]|前各[項号]|前[二三四五六七八九十]+[条項号]|次[条項号]|同[条項号法表令]|この(法律|政令|省令|規則)|別表|附則|法律|政令|省令");

  /** build LABELS_DIR PROVISIONS_TSV OUT_TSV */
  static void build(String[] a) throws IOException {
    List<String> lines = new ArrayList<>();
    try (var s = Files.list(Path.of(a[1]))) {
      for (Path p : s.sorted().toList()) if (p.toString().endsWith(".tsv")) lines.addAll(Files.readAllLines(p));
    }
    Set<String> provSet = new LinkedHashSet<>();
    for (String l : Files.readAllLines(Path.of(a[2]))) {
      if (l.startsWith("law_id") || l.isBlank()) continue;
      String[] f = l.split("\t");
      provSet.add(f[0] + "\t" + f[1]);
    }
    StringBuilder out = new StringBuilder("law_id\tprovision\tstart\tend\tmention\tkind\ttargets\tnote\n");
    int errors = 0, n = 0;
    Map<String, List<int[]>> spans = new HashMap<>();
    Map<String, Integer> byKind = new TreeMap<>();
    Set<String> laws = new TreeSet<>();
    Set<String> kinds = Set.of("absolute", "abbreviation", "same_law", "relative", "range", "this_law", "suppl", "appendix", "junyo");
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 6) { System.err.println("SHORT: " + line); errors++; continue; }
      String id = f[0], loc = f[1], mention = f[2], kind = f[4], tg = f[5], note = f.length > 6 ? f[6] : "";
      String occS = f[3];
      int occ = occS.isEmpty() || occS.startsWith("a:") ? 1 : Integer.parseInt(occS);
      Law law = law(id);
      if (law == null) { System.err.println("NO LAW: " + line); errors++; continue; }
      Optional<Provision> prov = law.find(ProvisionPath.parseLocal(law.meta().lawId(), loc));
      if (prov.isEmpty()) { System.err.println("NO PROVISION: " + line); errors++; continue; }
      if (!provSet.contains(id + "\t" + loc)) { System.err.println("NOT IN provisions.tsv: " + line); errors++; }
      if (!kinds.contains(kind)) { System.err.println("BAD KIND: " + line); errors++; }
      String text = prov.get().ownText();
      int start = -1, from = 0;
      if (occS.startsWith("a:")) {
        from = text.indexOf(occS.substring(2));
        if (from < 0) { System.err.println("ANCHOR NOT FOUND: " + line); errors++; continue; }
      }
      for (int i = 0; i < occ; i++) {
        start = text.indexOf(mention, from);
        if (start < 0) break;
        from = start + 1;
      }
      if (start < 0) { System.err.println("MENTION NOT FOUND: " + line); errors++; continue; }
      int end = start + mention.length();
      if (!text.substring(start, end).equals(mention)) throw new AssertionError();
      String key = id + "/" + loc;
      for (int[] sp : spans.computeIfAbsent(key, k -> new ArrayList<>())) {
        if (start < sp[1] && sp[0] < end) { System.err.println("OVERLAP: " + line); errors++; }
      }
      spans.get(key).add(new int[] {start, end});
      // truncation warnings
      if (end < text.length()) {
        char nx = text.charAt(end);
        char nx2 = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        if (nx == '第' || (nx == 'の' && "一二三四五六七八九十".indexOf(nx2) >= 0) || "条項号".indexOf(nx) >= 0
            || (nx == '（' && !mention.startsWith("第") && !mention.startsWith("前") && !mention.startsWith("同") && tg.matches("[0-9A-Z]+")))
          System.err.println("WARN maybe truncated end [" + text.substring(end, Math.min(text.length(), end + 8)) + "]: " + line);
      }
      if (start > 0 && mention.startsWith("第")) {
        char pv = text.charAt(start - 1);
        if ("法令条項号）".indexOf(pv) >= 0)
          System.err.println("WARN maybe truncated start [" + text.substring(Math.max(0, start - 6), start) + "]: " + line);
      }
      // targets
      List<String> resolved = new ArrayList<>();
      for (String t : tg.trim().split("\\s+")) {
        if (t.startsWith("UNRESOLVABLE:")) { resolved.add(t); continue; }
        String tlaw = id, tloc = t;
        if (t.contains("/")) { tlaw = t.substring(0, t.indexOf('/')); tloc = t.substring(t.indexOf('/') + 1); }
        else if (t.matches("[0-9]{3}[A-Z0-9]+") && t.length() >= 12) { tlaw = t; tloc = ""; }
        Law tl = law(tlaw);
        if (tl == null) { System.err.println("TARGET LAW NOT IN CORPUS " + t + ": " + line); errors++; continue; }
        if (tloc.isEmpty()) { resolved.add(tlaw); continue; }
        if (tloc.contains("..")) {
          String x = tloc.substring(0, tloc.indexOf("..")), y = tloc.substring(tloc.indexOf("..") + 2);
          List<Provision> ps = provs(tl);
          int depth = x.split("-").length;
          String parent = x.contains("-") ? x.substring(0, x.lastIndexOf('-')) : "";
          boolean on = false, done = false;
          for (Provision p : ps) {
            String pl = p.path().local();
            if (pl.split("-").length != depth) continue;
            String pp = pl.contains("-") ? pl.substring(0, pl.lastIndexOf('-')) : "";
            if (!pp.equals(parent)) continue;
            if (pl.equals(x)) on = true;
            if (on) resolved.add(tlaw + "/" + pl);
            if (pl.equals(y)) { done = true; break; }
          }
          if (!on || !done) { System.err.println("BAD RANGE " + t + ": " + line); errors++; }
          continue;
        }
        if (tl.find(ProvisionPath.parseLocal(tl.meta().lawId(), tloc)).isEmpty()) {
          System.err.println("TARGET NOT FOUND " + t + ": " + line); errors++; continue;
        }
        resolved.add(tlaw + "/" + tloc);
      }
      out.append(id).append('\t').append(loc).append('\t').append(start).append('\t').append(end).append('\t')
          .append(mention).append('\t').append(kind).append('\t').append(String.join(" ", resolved)).append('\t')
          .append(note).append('\n');
      n++;
      byKind.merge(kind, 1, Integer::sum);
      laws.add(id);
    }
    // recall QA: triggers in listed provisions not covered by any span
    int uncovered = 0;
    for (String pk : provSet) {
      String[] f = pk.split("\t");
      Law law = law(f[0]);
      Optional<Provision> prov = law == null ? Optional.empty() : law.find(ProvisionPath.parseLocal(law.meta().lawId(), f[1]));
      if (prov.isEmpty()) { System.err.println("PROVISION MISSING " + pk); errors++; continue; }
      String text = prov.get().ownText();
      var m = TRIGGER.matcher(text);
      List<int[]> sp = spans.getOrDefault(f[0] + "/" + f[1], List.of());
      while (m.find()) {
        boolean cov = false;
        for (int[] s : sp) if (m.start() >= s[0] && m.end() <= s[1]) cov = true;
        if (!cov) {
          uncovered++;
          if (a.length > 4) System.err.println("UNCOVERED " + pk + " [" + text.substring(Math.max(0, m.start() - 10), Math.min(text.length(), m.end() + 10)) + "]");
        }
      }
    }
    Files.writeString(Path.of(a[3]), out.toString(), StandardCharsets.UTF_8);
    Set<String> provLaws = new TreeSet<>();
    for (String pk : provSet) provLaws.add(pk.split("\t")[0]);
    System.out.println("mentions=" + n + " provisions=" + provSet.size() + " lawsWithMentions=" + laws.size()
        + " lawsInProvisions=" + provLaws.size() + " errors=" + errors + " uncoveredTriggers=" + uncovered + " byKind=" + byKind);
  }
}
