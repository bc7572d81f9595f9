package dev.lawimpact.citations.refs;

import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.citations.TitleMatch;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.identifiers.ProvisionPath.Segment;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.SupplProvision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every reference in every provision's own text and resolves it to reader-style paths.
 * Mentions (what is written, where) are kept apart from resolutions (where it points); mentions that
 * cannot be resolved are kept with a {@link Reason}. Relative words are read through an
 * {@link ExtractionContext} that each step takes and returns.
 *
 * <p>A single left-to-right scan per text: anchors are 第/附則/別表 (numbered references), relative
 * words (前条, 同項 …), law numbers and their parentheses. A law name is looked for only backwards
 * from an anchor, so the title resolver runs on a few dozen characters per named reference.
 */
public final class ReferenceExtractor {

  /** The references of one text and the context after it. */
  public record Result(List<Reference> references, ExtractionContext context) {
    public Result {
      references = List.copyOf(references);
    }
  }

  private ReferenceExtractor() {}

  /** Every reference in the law's provisions (Law.forEachProvision order), with the context carried through. */
  @SuppressWarnings("unchecked")
  public static List<Reference> extract(Law law, LawTitleResolver titles) {
    LawTree tree = LawTree.of(law);
    LawId id = law.meta().lawId();
    Map<ProvisionPath, SupplProvision> suppls = new HashMap<>();
    for (SupplProvision s : law.supplProvisions()) suppls.put(s.path(), s);
    List<Reference> out = new ArrayList<>();
    ExtractionContext[] ctx = {null};
    // Short names defined in one 附則 (新法, 旧法) belong to that 附則; the main provision's stay for the whole law.
    Map<String, LawId>[] mainAbbreviations = new Map[] {Map.of()};
    ProvisionPath[] lastSuppl = {null};
    law.forEachProvision(p -> {
      ProvisionPath path = p.path();
      ProvisionPath sp = ExtractionContext.upTo(path, Kind.SUPPL);
      LawId textLaw = id;
      String note = "";
      ProvisionPath supplBase = ProvisionPath.of(id).child(Kind.SUPPL, "");
      if (sp != null && !sp.last().orElseThrow().num().isEmpty()) {
        SupplProvision s = suppls.get(sp);
        note = s == null ? "" : s.amendLawNum();
        textLaw = note.isEmpty() ? null : titles.lawIdByNumber(note).orElse(null);
        supplBase = sp;
      }
      ctx[0] = ctx[0] == null
          ? new ExtractionContext(id, path, textLaw, note, supplBase, null, null, Map.of())
          : ctx[0].at(path, textLaw, note, supplBase);
      if (sp == null) {
        mainAbbreviations[0] = ctx[0].abbreviations();
      } else if (!sp.equals(lastSuppl[0])) {
        ctx[0] = ctx[0].withAbbreviations(mainAbbreviations[0]);
      }
      lastSuppl[0] = sp;
      String text = p.ownText();
      if (text.isEmpty()) return;
      Result r = new Scan(text, ctx[0], tree, titles).run();
      out.addAll(r.references());
      ctx[0] = r.context();
    });
    return out;
  }

  /**
   * As {@link #extract(Law, LawTitleResolver)}, with targets in other laws checked against the
   * corpus: a target the corpus does not have (a renumbered or deleted article, a 別表 of a law
   * whose text is not held) becomes TARGET_NOT_IN_CORPUS instead of a link to nothing.
   */
  public static List<Reference> extract(Law law, LawTitleResolver titles, Predicate<ProvisionPath> corpusHas) {
    List<Reference> refs = extract(law, titles);
    if (corpusHas == null) return refs;
    LawId self = law.meta().lawId();
    List<Reference> out = new ArrayList<>(refs.size());
    for (Reference r : refs) {
      if (r.resolution() instanceof Resolution.Resolved res && !res.checked() && r.mention().text().endsWith("各号")) {
        List<ProvisionPath> items = itemsInCorpus(res.targets(), corpusHas);
        if (!items.isEmpty()) {
          out.add(new Reference(r.mention(), new Resolution.Resolved(items, res.junyo(), res.yomikae(), true)));
          continue;
        }
      }
      if (r.resolution() instanceof Resolution.Resolved res && !res.checked()) {
        List<ProvisionPath> kept = res.targets().stream()
            .filter(t -> t.lawId().equals(self) || t.isWholeLaw() || corpusHas.test(t)).toList();
        r = kept.isEmpty()
            ? new Reference(r.mention(), new Resolution.Unresolved(Reason.TARGET_NOT_IN_CORPUS,
                "not in the corpus: " + res.targets().get(0)))
            : new Reference(r.mention(), new Resolution.Resolved(kept, res.junyo(), res.yomikae(), true));
      }
      out.add(r);
    }
    return out;
  }

  /**
   * The items of other laws' paragraphs (an article: its first paragraph) that the corpus holds:
   * 第一号, 第二号 … while present, each with its branch numbers (第二号の二); empty when a target has none.
   */
  private static List<ProvisionPath> itemsInCorpus(List<ProvisionPath> targets, Predicate<ProvisionPath> corpusHas) {
    List<ProvisionPath> out = new ArrayList<>();
    for (ProvisionPath t : targets) {
      if (t.isWholeLaw()) return List.of();
      Kind last = t.last().orElseThrow().kind();
      if (last != Kind.ARTICLE && last != Kind.PARAGRAPH) return List.of();
      ProvisionPath paragraph = last == Kind.ARTICLE ? t.child(Kind.PARAGRAPH, "1") : t;
      int before = out.size();
      for (int i = 1; i < 200; i++) {
        ProvisionPath item = paragraph.child(Kind.ITEM, String.valueOf(i));
        if (!corpusHas.test(item)) break;
        out.add(item);
        for (int b = 2; b < 50; b++) {
          ProvisionPath branch = paragraph.child(Kind.ITEM, i + "_" + b);
          if (!corpusHas.test(branch)) break;
          out.add(branch);
        }
      }
      if (out.size() == before) return List.of();
    }
    return out;
  }

  /** References in one text read as the own text of ctx.provision() of the given law. */
  public static Result extractText(String text, ExtractionContext ctx, Law law, LawTitleResolver titles) {
    return new Scan(text, ctx, LawTree.of(law), titles).run();
  }

  // ---- patterns ------------------------------------------------------------------------------

  private static final String N = "[〇一二三四五六七八九十百千0-9０-９]+";
  private static final String LAWNUM = "(?:明治|大正|昭和|平成|令和)(?:元|" + N + ")年[^第、。「」（）\\s]{1,16}?第" + N + "号";
  private static final Pattern LAW_NUMBER = Pattern.compile(LAWNUM);
  private static final Pattern PAREN_NUMBER = Pattern.compile(
      "（(" + LAWNUM + ")(?:。以下[^「」（）。]{0,20}?「([^「」]{1,20})」という。?)?）");
  private static final Pattern ABBR_DEF = Pattern.compile("（以下[^「」（）。]{0,20}?「([^「」]{1,20})」という。?）");
  private static final Pattern PREV_N = Pattern.compile("前([二三四五六七八九十]{1,3})([条項号])");
  /** Characters a law name (or an unknown one) can end with, before a 第. */
  private static final String NAME_END = "法律令則典約例程";
  private static final String[] LAWNUM_TYPES = {"法律", "政令", "勅令", "省令", "府令", "規則", "告示", "条例", "布告", "訓令", "達"};
  private static final String[] HEADING_RUNS = {"附則", "本則", "罰則", "通則", "総則", "細則", "補則", "雑則", "規則", "法律", "法令"};
  private static final String[] THIS_LAW = {"この法律", "本法", "この政令", "この省令", "この府令", "この規則", "この命令"};
  private static final String[] SAME_LAW_AS_BEFORE = {"同法", "同政令", "同省令", "同府令", "同規則", "同令"};
  private static final String[][] APPENDIX = {
      {"別表", "at"}, {"別記", "an"}, {"様式", "as"}, {"書式", "afm"}, {"別図", "af"}, {"付録", "ap"}};
  /** Words after a law's name that show it is named as a whole (not 「…法の一部を改正する法律」, another law). */
  private static final String[] BARE_NAME_FOLLOWERS = {"の規定", "に規定", "に基づ", "の施行", "による", "により",
      "において", "の適用", "及び", "又は", "並びに", "若しくは", "、"};
  /** 第四章, 第二編, 第三節 (with branch numbers): structures above articles. */
  private static final Pattern STRUCTURE_REF = Pattern.compile("第" + "[〇一二三四五六七八九十百千0-9０-９]+" + "[編章節款目](?:の[〇一二三四五六七八九十百千0-9０-９]+)?");
  /** The rest of a list of provisions followed by 「の改正規定」. */
  private static final Pattern AMENDED_LIST = Pattern.compile(
      "[第〇一二三四五六七八九十百千０-９0-9条項号のノから及び並びに又は若しくは、まで]*の改正規定");
  /** Parts of a provision written after it (本文, ただし書 …); the span stops before them. */
  private static final String[] MEMBER_PARTS = {"各号列記以外の部分", "ただし書", "本文", "前段", "後段"};
  private static final String[] CONNECTORS = {"、及び", "、又は", "並びに", "若しくは", "及び", "又は", "、"};

  // ---- one text ------------------------------------------------------------------------------

  /** A written unit before it becomes a Reference: targets or an error, and the written path for 同/inheritance. */
  private static final class Unit {
    int start;
    int end;
    MentionKind kind;
    List<ProvisionPath> targets = List.of();
    Resolution.Unresolved error;
    ProvisionPath anchor; // the (last) written path, also when unresolved
    LawId namedLaw;
    boolean quoted;

    static Unit error(int start, int end, MentionKind kind, Reason r, String detail) {
      Unit u = new Unit();
      u.start = start;
      u.end = end;
      u.kind = kind;
      u.error = new Resolution.Unresolved(r, detail);
      return u;
    }

    static Unit of(int start, int end, MentionKind kind, List<ProvisionPath> targets) {
      Unit u = new Unit();
      u.start = start;
      u.end = end;
      u.kind = kind;
      u.targets = List.copyOf(targets);
      u.anchor = targets.get(targets.size() - 1);
      return u;
    }
  }

  /** A numbered chain as written: 附則? (別表第N | 第N条 第N項 第N号 イ （１）…). */
  private record Chain(int start, int end, boolean suppl, List<Segment> segs) {
    Kind first() {
      return segs.isEmpty() ? Kind.SUPPL : segs.get(0).kind();
    }
  }

  /** 前条/次条 that an excerpt (抄) does not reproduce: the error, and the address it means. */
  private record Gap(Resolution.Unresolved error, ProvisionPath meant) {}

  /** A law name found before an anchor: law, or an error (unknown, ambiguous). */
  private record Named(int start, LawId law, Resolution.Unresolved error) {}

  private static final class Scan {
    final String text;
    final int n;
    final LawTree tree;
    final LawTitleResolver titles;
    ExtractionContext ctx;
    final List<Reference> out = new ArrayList<>();
    int lastEnd = 0;
    int quoteDepth = 0;

    Scan(String text, ExtractionContext ctx, LawTree tree, LawTitleResolver titles) {
      this.text = text;
      this.n = text.length();
      this.ctx = ctx;
      this.tree = tree;
      this.titles = titles;
    }

    /** 「同法（第二条第七項を除く。）」: articles written inside a parenthesis right after a law belong to it. */
    private final java.util.ArrayDeque<int[]> lawScopes = new java.util.ArrayDeque<>(); // {depth, index into scopeLaws}
    private final List<LawId> scopeLaws = new ArrayList<>();
    private int parenDepth;
    private int wholeLawEnd = -1;
    private LawId wholeLaw;
    /** A provision reference followed by （…）: numbers inside are relative to it (（第二号を除く。）). */
    private Unit parenOwner;
    private int parenOwnerDepth;
    private Unit resume;
    private int resumeAt = -1;

    Result run() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '「') quoteDepth++;
        else if (c == '」' && quoteDepth > 0) quoteDepth--;
        else if (c == '（') {
          parenDepth++;
          if (i == wholeLawEnd && wholeLaw != null) {
            scopeLaws.add(wholeLaw);
            lawScopes.push(new int[] {parenDepth, scopeLaws.size() - 1});
          }
        } else if (c == '）') {
          if (!lawScopes.isEmpty() && lawScopes.peek()[0] == parenDepth) lawScopes.pop();
          if (parenOwner != null && parenDepth == parenOwnerDepth) {
            resume = parenOwner;
            resumeAt = i + 1;
            parenOwner = null;
          }
          parenDepth = Math.max(0, parenDepth - 1);
        }
        int e = tryAt(i);
        i = e > i ? e : i + 1;
      }
      return new Result(out, ctx);
    }

    int tryAt(int i) {
      if (resume != null && i == resumeAt) {
        // 「同法第二条第一項（第二号を除く。）及び第四項、…」: the list goes on after the parenthesis.
        Unit from = resume;
        resume = null;
        int k = connector(i);
        if (k > 0) {
          Unit m = member(k, from);
          if (m != null) return group(m);
        }
      }
      char c = text.charAt(i);
      if (c == '（') return paren(i);
      if (c == '第' || c == '次' || c == '前') {
        int e = structure(i);
        if (e > i) return e;
      }
      if ("明大昭平令".indexOf(c) >= 0) {
        int e = lawNumberAt(i);
        if (e > i) return e;
      }
      if ("前次同こ本".indexOf(c) >= 0) {
        Unit u = relative(i);
        if (u != null) return group(u);
      }
      if (c == '第' || c == '附' || "別様書付".indexOf(c) >= 0) return numbered(i);
      if (i > lastEnd && i > 0 && NAME_END.indexOf(text.charAt(i - 1)) >= 0 && startsWithAny(i, BARE_NAME_FOLLOWERS)) {
        bareName(i);
      }
      return i;
    }

    /**
     * A law named without a provision (労働者災害補償保険法の規定による…): a whole-law mention, and the
     * antecedent of a later 同法. Only names the resolver knows count; an unknown run is not a law here.
     */
    void bareName(int end) {
      Named nm = nameBefore(end);
      if (nm == null || nm.law() == null) return;
      Unit u = Unit.of(nm.start(), end, MentionKind.LAW, List.of(ProvisionPath.of(nm.law())));
      u.namedLaw = nm.law();
      emit(List.of(u), nm.start(), end);
    }

    boolean startsWithAny(int i, String[] words) {
      for (String w : words) if (text.startsWith(w, i)) return true;
      return false;
    }

    // ---- structures (編・章・節・款・目) ----

    /** A structure reference as written: its key in this law, or why it has none; end of the words. */
    private record StructRef(String key, Resolution.Unresolved error, int end, boolean relative) {}

    /**
     * 第三章第二節, 次章, 前節, with an optional 「から第四章の二まで」: a mention whose targets are the
     * member articles. Only structures of this law are resolved; one named after a law (新法第二章)
     * is left alone, as before.
     */
    int structure(int i) {
      StructRef a = structureRef(i);
      if (a == null) return i;
      // A structure written after a name (新法第二章第一節, 民事訴訟費用等に関する法律第二章) is another law's,
      // whose structures are not known here: left alone.
      if (!a.relative() && i > 0 && (isWordChar(text.charAt(i - 1)) || nameBefore(i) != null)) return i;
      int end = a.end();
      StructRef b = null;
      if (text.startsWith("から", end)) {
        b = structureRef(end + 2);
        if (b != null && text.startsWith("まで", b.end())) end = b.end();
        else b = null;
      }
      MentionKind kind = b != null ? MentionKind.RANGE : a.relative() ? MentionKind.RELATIVE : MentionKind.SAME_LAW;
      Unit u;
      Resolution.Unresolved err = a.error() != null ? a.error() : b != null ? b.error() : null;
      if (err != null) {
        u = Unit.error(i, end, kind, err.reason(), err.detail());
      } else {
        List<String> keys = List.of(a.key());
        if (b != null) {
          List<String> sibs = tree.structureChildren(LawTree.parentKey(a.key()));
          int x = sibs.indexOf(a.key());
          int y = sibs.indexOf(b.key());
          keys = x >= 0 && y >= x ? sibs.subList(x, y + 1) : List.of();
        }
        List<ProvisionPath> arts = new ArrayList<>();
        for (String k : keys) arts.addAll(tree.structureArticles(k));
        u = arts.isEmpty()
            ? Unit.error(i, end, kind, Reason.TARGET_NOT_IN_CORPUS, "no structure " + a.key() + (b != null ? ".." + b.key() : ""))
            : Unit.of(i, end, kind, arts);
      }
      emit(List.of(u), i, end);
      return b != null ? end + 2 : end;
    }

    private static final Pattern STRUCTURE_LEVEL = Pattern.compile(
        "第(" + "[〇一二三四五六七八九十百千0-9０-９]+" + ")([編章節款目])((?:の[〇一二三四五六七八九十百千0-9０-９]+)*)");
    private static final String LEVELS = "編章節款目";

    StructRef structureRef(int i) {
      if (i + 1 >= n) return null;
      char c = text.charAt(i);
      String current = currentStructure();
      if (c == '次' || c == '前') {
        char level = text.charAt(i + 1);
        if (LEVELS.indexOf(level) < 0) return null;
        if (i + 2 < n && (text.charAt(i + 2) == '第' || text.charAt(i + 2) == '段')) return null;
        if (current == null) return new StructRef(null, new Resolution.Unresolved(Reason.TARGET_NOT_IN_CORPUS,
            "not inside a structure of this law"), i + 2, true);
        String here = cutAt(current, level);
        if (here == null) return new StructRef(null, new Resolution.Unresolved(Reason.NO_ANTECEDENT, "not inside a " + level), i + 2, true);
        List<String> sibs = tree.structureChildren(LawTree.parentKey(here));
        int at = sibs.indexOf(here) + (c == '次' ? 1 : -1);
        if (at < 0 || at >= sibs.size()) {
          return new StructRef(null, new Resolution.Unresolved(Reason.TARGET_NOT_IN_CORPUS, "no " + c + level + " of " + here), i + 2, true);
        }
        return new StructRef(sibs.get(at), null, i + 2, true);
      }
      if (c != '第') return null;
      List<String> written = new ArrayList<>();
      int p = i;
      Matcher m = STRUCTURE_LEVEL.matcher(text);
      while (p < n && m.region(p, n).lookingAt()) {
        OptionalInt v = Numerals.parse(m.group(1));
        if (v.isEmpty()) return null;
        StringBuilder num = new StringBuilder().append(v.getAsInt());
        for (String b : m.group(3).split("の")) {
          if (b.isEmpty()) continue;
          OptionalInt bv = Numerals.parse(b);
          if (bv.isEmpty()) return null;
          num.append('_').append(bv.getAsInt());
        }
        written.add(m.group(2) + num);
        p = m.end();
      }
      if (written.isEmpty()) return null;
      if (p < n && text.charAt(p) == '第') return null; // 第二章第三条 and the like: not a structure mention
      if (ctx.textLaw() == null) {
        return new StructRef(null, new Resolution.Unresolved(Reason.LAW_NOT_IN_CORPUS, "structure of the amending act " + ctx.textLawNote()), p, false);
      }
      if (!ctx.textLaw().equals(ctx.lawId())) {
        return new StructRef(null, new Resolution.Unresolved(Reason.UNSUPPORTED, "structure of another law"), p, false);
      }
      // Levels above the first written one are those of the provision read (第二節 = this chapter's 第二節).
      String tail = String.join("/", written);
      int rank = LEVELS.indexOf(written.get(0).charAt(0));
      StringBuilder prefix = new StringBuilder();
      if (current != null) {
        for (String seg : current.split("/")) {
          if (seg.isEmpty() || LEVELS.indexOf(seg.charAt(0)) >= rank) break;
          prefix.append(seg).append('/');
        }
      }
      String key = prefix + tail;
      if (tree.structureArticles(key).isEmpty() && !tree.structureArticles(tail).isEmpty()) key = tail;
      return new StructRef(key, null, p, false);
    }

    /** The structure key of the article read, "" outside any structure, null outside the 本則. */
    String currentStructure() {
      ProvisionPath a = ExtractionContext.upTo(ctx.provision(), Kind.ARTICLE);
      if (a == null || ExtractionContext.upTo(ctx.provision(), Kind.SUPPL) != null) return null;
      return tree.structureOf(a);
    }

    private static String cutAt(String key, char level) {
      StringBuilder out = new StringBuilder();
      for (String seg : key.split("/")) {
        if (seg.isEmpty()) continue;
        if (out.length() > 0) out.append('/');
        out.append(seg);
        if (seg.charAt(0) == level) return out.toString();
      }
      return null;
    }

    // ---- anchors ----

    /** 第N条…, 附則第N条, 別表第一, with a law name (or an unknown one) written right before. */
    int numbered(int i) {
      Chain ch = chain(i, false);
      if (ch == null) return i;
      if (ch.first() == Kind.ITEM && endsWithAny(i, LAWNUM_TYPES)) return ch.end(); // 法律第八十六号: a law number's tail
      Named nm = nameBefore(i);
      Unit u;
      if (nm != null) u = named(nm, ch);
      else u = sameLaw(ch, MentionKind.SAME_LAW);
      return group(u);
    }

    /** （昭和…号） after a law name, or （以下「X」という。） defining a short name. */
    int paren(int i) {
      Matcher m = PAREN_NUMBER.matcher(text).region(i, n);
      if (m.lookingAt()) {
        String num = m.group(1);
        LawId byNumber = titles.lawIdByNumber(num).orElse(null);
        Named nm = nameBefore(i);
        int start = nm != null ? nm.start() : unknownRunStart(i);
        Unit u;
        LawId law = byNumber; // the number decides; a name that fits another law does not override it
        Resolution.Unresolved err = law != null ? null
            : new Resolution.Unresolved(Reason.LAW_NOT_IN_CORPUS, "law number " + num + " not in the catalogue"
                + (nm != null && nm.law() != null ? " (the name matches " + nm.law().value() + ")" : ""));
        Chain ch = chain(m.end(), false);
        if (ch != null && !(ch.first() == Kind.ITEM)) {
          u = err != null ? Unit.error(start, ch.end(), MentionKind.ABSOLUTE, err.reason(), err.detail())
              : named(new Named(start, law, null), ch);
          if (u.start != start) u.start = start;
        } else {
          int end = m.end(1);
          u = err != null ? Unit.error(start, end, MentionKind.LAW, err.reason(), err.detail())
              : Unit.of(start, end, MentionKind.LAW, List.of(ProvisionPath.of(law)));
          u.namedLaw = law;
        }
        if (law != null && m.group(2) != null) ctx = ctx.withAbbreviation(m.group(2), law);
        int after = group(u);
        return Math.max(after, u.kind == MentionKind.LAW ? m.end() : after);
      }
      Matcher d = ABBR_DEF.matcher(text).region(i, n);
      if (d.lookingAt()) {
        Named nm = nameBefore(i);
        if (nm != null && nm.law() != null && nm.start() >= lastEnd) {
          ctx = ctx.withAbbreviation(d.group(1), nm.law());
          Chain ch = chain(d.end(), false);
          if (ch != null && ch.first() != Kind.ITEM && ch.first() != Kind.PARAGRAPH) {
            return group(named(nm, ch)); // 一般職の職員の給与に関する法律（以下「法」という。）第五条
          }
          Unit u = Unit.of(nm.start(), i, MentionKind.LAW, List.of(ProvisionPath.of(nm.law())));
          u.namedLaw = nm.law();
          emit(List.of(u), i, i);
          return d.end();
        }
      }
      return i;
    }

    /** A law number standing alone: 平成十一年法律第八十七号 [附則第三条]. */
    int lawNumberAt(int i) {
      Matcher m = LAW_NUMBER.matcher(text).region(i, n);
      if (!m.lookingAt()) return i;
      LawId law = titles.lawIdByNumber(m.group()).orElse(null);
      Chain ch = chain(m.end(), false);
      Unit u;
      if (law == null) {
        u = Unit.error(i, ch != null ? ch.end() : m.end(), ch != null ? MentionKind.ABSOLUTE : MentionKind.LAW,
            Reason.LAW_NOT_IN_CORPUS, "law number " + m.group() + " not in the catalogue");
      } else if (ch != null && ch.first() != Kind.ITEM) {
        u = named(new Named(i, law, null), ch);
      } else {
        u = Unit.of(i, m.end(), MentionKind.LAW, List.of(ProvisionPath.of(law)));
        u.namedLaw = law;
      }
      return group(u);
    }

    /** 前条, 次項, 前各号, 前二条, 同条, 同法第三条, この法律 … with an optional lower-level tail. */
    Unit relative(int i) {
      for (String w : THIS_LAW) {
        if (!text.startsWith(w, i)) continue;
        int e = i + w.length();
        LawId law = ctx.textLaw();
        if (law == null) {
          return Unit.error(i, e, MentionKind.THIS_LAW, Reason.LAW_NOT_IN_CORPUS, "amending act " + ctx.textLawNote());
        }
        Chain ch = chain(e, false);
        if (ch != null && ch.first() != Kind.ITEM && ch.first() != Kind.PARAGRAPH) {
          Unit u = named(new Named(i, law, null), ch);
          u.kind = MentionKind.THIS_LAW;
          return u;
        }
        Unit u = Unit.of(i, e, MentionKind.THIS_LAW, List.of(ProvisionPath.of(law)));
        u.namedLaw = law;
        return u;
      }
      for (String w : SAME_LAW_AS_BEFORE) {
        if (!text.startsWith(w, i)) continue;
        int e = i + w.length();
        LawId law = ctx.lastLaw();
        if (law == null) return Unit.error(i, e, MentionKind.RELATIVE, Reason.NO_ANTECEDENT, w + " without a law named before");
        Matcher part = STRUCTURE_REF.matcher(text).region(e, n);
        if (part.lookingAt()) {
          // 同法第四章: a chapter/section of the law, not the whole law; structures are not resolved yet.
          return Unit.error(i, part.end(), MentionKind.RELATIVE, Reason.UNSUPPORTED, "chapter or section reference");
        }
        Chain ch = chain(e, false);
        Unit u = ch != null && ch.first() != Kind.ITEM && ch.first() != Kind.PARAGRAPH
            ? named(new Named(i, law, null), ch)
            : Unit.of(i, e, MentionKind.RELATIVE, List.of(ProvisionPath.of(law)));
        u.kind = MentionKind.RELATIVE;
        u.namedLaw = law;
        return u;
      }
      if (text.startsWith("この附則", i)) {
        // The 附則 this text belongs to (an amending act's 附則 inside its own 附則 block).
        return checked(Unit.of(i, i + 4, MentionKind.THIS_LAW, List.of(ctx.supplBase())));
      }
      if (text.startsWith("この条", i)) return tail(i, i + 3, single(here(Kind.ARTICLE), "この条"));
      if (text.startsWith("この項", i)) return tail(i, i + 3, single(here(Kind.PARAGRAPH), "この項"));
      if (text.startsWith("同条", i)) return tail(i, i + 2, single(last(Kind.ARTICLE), "同条"));
      if (text.startsWith("同項", i)) return tail(i, i + 2, single(last(Kind.PARAGRAPH), "同項"));
      if (text.startsWith("同号", i)) return tail(i, i + 2, single(last(Kind.ITEM), "同号"));
      if (text.startsWith("同表", i)) {
        // Only a 別表 written before counts; 同表 for a table inside the same provision is not a reference.
        ProvisionPath t = ctx.lastTarget() == null ? null : ExtractionContext.upTo(ctx.lastTarget(), Kind.APPDX_TABLE);
        return t == null ? null : checked(Unit.of(i, i + 2, MentionKind.RELATIVE, List.of(t)));
      }
      char c = text.charAt(i);
      if (c != '前' && c != '次') return null;
      int step = c == '前' ? -1 : 1;
      if (text.startsWith("前各項", i)) return multi(i, i + 3, before(Kind.PARAGRAPH, Integer.MAX_VALUE), "前各項");
      if (text.startsWith("前各号", i)) return multi(i, i + 3, before(Kind.ITEM, Integer.MAX_VALUE), "前各号");
      if (text.startsWith("前各条", i)) return multi(i, i + 3, before(Kind.ARTICLE, Integer.MAX_VALUE), "前各条");
      Matcher m = PREV_N.matcher(text).region(i, n);
      if (m.lookingAt()) {
        OptionalInt k = Numerals.parse(m.group(1));
        if (k.isPresent()) return multi(i, m.end(), before(kindOf(m.group(2).charAt(0)), k.getAsInt()), m.group());
      }
      if (i + 1 >= n) return null;
      Kind k = switch (text.charAt(i + 1)) {
        case '条' -> Kind.ARTICLE;
        case '項' -> Kind.PARAGRAPH;
        case '号' -> Kind.ITEM;
        default -> null;
      };
      if (k == null) return null;
      if (i + 2 < n && text.charAt(i + 2) == '段') return null;
      return tail(i, i + 2, single(neighbour(k, step), text.substring(i, i + 2)));
    }

    private static Kind kindOf(char unit) {
      return unit == '条' ? Kind.ARTICLE : unit == '項' ? Kind.PARAGRAPH : Kind.ITEM;
    }

    /** A relative base with an optional tail of lower levels (前条第二項, 同項第一号, 前号イ). */
    Unit tail(int start, int end, Object base) {
      if (base instanceof Gap g) {
        Unit u = Unit.error(start, end, MentionKind.RELATIVE, g.error().reason(), g.error().detail());
        u.anchor = g.meant(); // 次条から附則第五条まで: the members present between the numbers still count
        return u;
      }
      if (base instanceof Resolution.Unresolved err) {
        Unit u = Unit.error(start, end, MentionKind.RELATIVE, err.reason(), err.detail());
        return u;
      }
      ProvisionPath p = (ProvisionPath) base;
      Kind level = p.last().orElseThrow().kind();
      Chain ch = chain(end, level == Kind.ITEM || level == Kind.SUBITEM);
      if (ch != null && !ch.suppl() && deeper(ch.first(), level)) {
        ProvisionPath t = normalize(append(p, ch.segs()));
        return checked(Unit.of(start, ch.end(), MentionKind.RELATIVE, List.of(t)));
      }
      return Unit.of(start, end, MentionKind.RELATIVE, List.of(p));
    }

    Unit multi(int start, int end, Object targets, String word) {
      if (targets instanceof Resolution.Unresolved err) return Unit.error(start, end, MentionKind.RELATIVE, err.reason(), err.detail());
      @SuppressWarnings("unchecked")
      List<ProvisionPath> t = (List<ProvisionPath>) targets;
      return Unit.of(start, end, MentionKind.RELATIVE, t);
    }

    private static boolean deeper(Kind k, Kind than) {
      return rank(k) > rank(than);
    }

    private static int rank(Kind k) {
      return switch (k) {
        case SUPPL -> 0;
        case ARTICLE -> 1;
        case PARAGRAPH -> 2;
        case ITEM -> 3;
        case SUBITEM -> 4;
        default -> 1;
      };
    }

    Object single(Object o, String word) {
      return o == null ? new Resolution.Unresolved(Reason.NO_ANTECEDENT, word) : o;
    }

    /** The current article / paragraph of the provision read, or an error. */
    Object here(Kind k) {
      ProvisionPath p = ExtractionContext.upTo(ctx.provision(), k);
      return p == null ? new Resolution.Unresolved(Reason.NO_ANTECEDENT, "not inside a " + k) : p;
    }

    private static boolean selfReference(String mention) {
      return mention.startsWith("この条") || mention.startsWith("この項");
    }

    /** Whether a reference counts as an antecedent for 同条/同項/同号 (not quoted, not この条/この項). */
    private static boolean antecedent(Reference ref) {
      return !ref.mention().quoted() && !selfReference(ref.mention().text());
    }

    /**
     * The latest reference in this text whose words name the level (条, 項, 号): its target cut at
     * that level, the reference's own Unresolved when it has no target (no guess), or null if none.
     */
    Object latestWrittenAs(Kind k) {
      char unit = switch (k) {
        case ARTICLE -> '条';
        case PARAGRAPH -> '項';
        case ITEM -> '号';
        default -> 0;
      };
      if (unit == 0) return null;
      for (int i = out.size() - 1; i >= 0; i--) {
        Reference ref = out.get(i);
        if (ref.mention().text().indexOf(unit) < 0 || !antecedent(ref)) continue;
        if (ref.resolution() instanceof Resolution.Resolved r) {
          ProvisionPath c = ExtractionContext.upTo(r.targets().get(r.targets().size() - 1), k);
          if (c != null) return c;
          return null;
        }
        // The level was last written in an unresolved reference (新法第六十五条 … 同条): no guess.
        Resolution.Unresolved u = (Resolution.Unresolved) ref.resolution();
        return new Resolution.Unresolved(u.reason(), "antecedent unresolved: " + ref.mention().text());
      }
      return null;
    }

    /** The latest resolved target written in this text that has a segment of the kind, cut there; or null. */
    ProvisionPath latestWritten(Kind k) {
      for (int i = out.size() - 1; i >= 0; i--) {
        if (!antecedent(out.get(i))) continue;
        if (out.get(i).resolution() instanceof Resolution.Resolved r) {
          ProvisionPath c = ExtractionContext.upTo(r.targets().get(r.targets().size() - 1), k);
          if (c != null) return c;
        }
      }
      return null;
    }

    /** 同条/同項/同号: the last target cut at the kind. */
    Object last(Kind k) {
      // Each level has its own antecedent: 同条 is the article last written as an article (…条), even
      // when a paragraph (第一項, 同項) was written after it; likewise 同項 and 同号.
      Object written = latestWrittenAs(k);
      if (written != null) return written;
      if (ctx.lastTarget() == null) return new Resolution.Unresolved(Reason.NO_ANTECEDENT, "nothing written before");
      ProvisionPath p = ExtractionContext.upTo(ctx.lastTarget(), k);
      // 「第一条及び同法別表第一…同条第二項」: 同条 skips a last target without an article (a 別表) and
      // takes the latest one in this text that has one.
      if (p == null) p = latestWritten(k);
      return p == null ? new Resolution.Unresolved(Reason.NO_ANTECEDENT, "last target " + ctx.lastTarget() + " has no " + k) : p;
    }

    /** 前条/次条/前項/次項/前号/次号. */
    Object neighbour(Kind k, int step) {
      ProvisionPath cur = ExtractionContext.upTo(ctx.provision(), k);
      if (cur == null) return new Resolution.Unresolved(Reason.NO_ANTECEDENT, "not inside a " + k);
      List<ProvisionPath> sibs = tree.siblings(cur);
      int at = sibs.indexOf(cur);
      int want = at + step;
      if (at < 0 || want < 0 || want >= sibs.size()) {
        return new Resolution.Unresolved(Reason.TARGET_NOT_IN_CORPUS, "no " + (step < 0 ? "previous" : "next") + " " + k + " of " + cur.local());
      }
      ProvisionPath got = sibs.get(want);
      // An excerpted 附則 (抄) leaves gaps: 前条 of 第四条 is 第三条 even when only 第一条 is reproduced.
      int[] a = numKey(cur.last().orElseThrow().num());
      int[] b = numKey(got.last().orElseThrow().num());
      if (a != null && b != null && a.length == 1 && b.length == 1 && Math.abs(a[0] - b[0]) > 1) {
        return new Gap(new Resolution.Unresolved(Reason.TARGET_NOT_IN_CORPUS,
            (step < 0 ? "previous " : "next ") + k + " of " + cur.local() + " is not reproduced (excerpt)"),
            cur.parent().orElseThrow().child(k, String.valueOf(a[0] + step)));
      }
      return got;
    }

    /** 前各項 / 前二条: up to count siblings before the current one. */
    Object before(Kind k, int count) {
      ProvisionPath cur = ExtractionContext.upTo(ctx.provision(), k);
      if (cur == null) return new Resolution.Unresolved(Reason.NO_ANTECEDENT, "not inside a " + k);
      List<ProvisionPath> sibs = tree.siblings(cur);
      int at = sibs.indexOf(cur);
      if (at <= 0 || (count != Integer.MAX_VALUE && at < count)) {
        return new Resolution.Unresolved(Reason.TARGET_NOT_IN_CORPUS, "not enough " + k + " before " + cur.local());
      }
      int from = count == Integer.MAX_VALUE ? 0 : at - count;
      return List.copyOf(sibs.subList(from, at));
    }

    // ---- groups: ranges and enumerations ----

    /** Emits u and what hangs on it (から…まで, 、/及び/又は … members); returns where scanning resumes. */
    int group(Unit first) {
      List<Unit> units = new ArrayList<>();
      Unit cur = first;
      units.add(cur);
      int pos = cur.end;
      while (pos < n) {
        // 「前条第一項各号又は第二項各号」: 各号 belongs to the member (emit expands it); the list goes on after it.
        if (text.startsWith("各号", pos) && !text.startsWith("各号列記", pos) && cur.error == null) pos += 2;
        // 「第五十九条ただし書、第六十条第四項」: a part of the member does not end the list.
        for (String part : MEMBER_PARTS) {
          if (text.startsWith(part, pos) && connector(pos + part.length()) > 0) {
            pos += part.length();
            break;
          }
        }
        if (text.startsWith("から", pos)) {
          Chain e = chain(pos + 2, false);
          if (e != null && text.startsWith("まで", e.end()) && cur.error != null && cur.anchor == null
              && (cur.error.reason() == Reason.LAW_NOT_IN_CORPUS || cur.error.reason() == Reason.UNKNOWN_LAW)) {
            // A range in a law the corpus does not hold: one unresolved mention up to the end point.
            Unit r = Unit.error(cur.start, e.end(), MentionKind.RANGE, cur.error.reason(), cur.error.detail());
            units.set(units.size() - 1, r);
            cur = r;
            pos = e.end() + 2;
            continue;
          }
          if (e != null && text.startsWith("まで", e.end()) && rangeStart(cur)) {
            ProvisionPath endPath = inherit(cur.anchor, e);
            Unit r = range(cur, endPath, e.end());
            units.set(units.size() - 1, r);
            cur = r;
            pos = e.end() + 2;
            continue;
          }
          // 第二条から前条まで where 第二条 is an article of an amending act not held: one unresolved mention.
          if (e == null && pos + 2 < n && "前次".indexOf(text.charAt(pos + 2)) >= 0 && cur.error != null
              && cur.anchor == null && otherLawError(cur)) {
            Unit rel = relative(pos + 2);
            if (rel != null && text.startsWith("まで", rel.end)) {
              Unit r = Unit.error(cur.start, rel.end, MentionKind.RANGE, cur.error.reason(), cur.error.detail());
              units.set(units.size() - 1, r);
              cur = r;
              pos = rel.end + 2;
              continue;
            }
          }
          // 附則第三条から前条まで: a range that ends at a relative reference.
          if (e == null && pos + 2 < n && "前次".indexOf(text.charAt(pos + 2)) >= 0 && rangeStart(cur)) {
            Unit rel = relative(pos + 2);
            if (rel != null && rel.error == null && rel.targets.size() == 1 && text.startsWith("まで", rel.end)) {
              Unit r = range(cur, rel.targets.get(0), rel.end);
              units.set(units.size() - 1, r);
              cur = r;
              pos = rel.end + 2;
              continue;
            }
          }
        }
        int k = connector(pos);
        if (k < 0) break;
        Unit m = member(k, cur);
        if (m == null) break;
        units.add(m);
        cur = m;
        pos = m.end;
      }
      if (text.startsWith("各号", pos) && !text.startsWith("各号列記", pos) && cur.error == null) pos += 2;
      emit(units, first.start, pos);
      if (pos < n && text.charAt(pos) == '（' && cur.error == null && cur.anchor != null && !cur.anchor.isWholeLaw()) {
        parenOwner = cur;
        parenOwnerDepth = parenDepth + 1;
      }
      return pos;
    }

    /**
     * Whether a unit can start a range: one written path, resolved, or missing only because an
     * excerpt (抄) does not reproduce it — the members present between the ends still count.
     */
    boolean rangeStart(Unit cur) {
      if (cur.anchor == null) return false;
      if (cur.error == null) return cur.targets.size() == 1;
      return cur.error.reason() == Reason.TARGET_NOT_IN_CORPUS && tree.covers(cur.anchor);
    }

    /** A unit that failed because its law is not held or not known (not a missing provision of a known law). */
    private static boolean otherLawError(Unit u) {
      Reason r = u.error.reason();
      return r == Reason.LAW_NOT_IN_CORPUS || r == Reason.UNKNOWN_LAW || r == Reason.AMBIGUOUS_LAW;
    }

    int connector(int pos) {
      for (String c : CONNECTORS) if (text.startsWith(c, pos)) return pos + c.length();
      return -1;
    }

    Unit member(int k, Unit prev) {
      if (k >= n) return null;
      char c = text.charAt(k);
      if ("前次同こ本".indexOf(c) >= 0) {
        Unit u = relative(k);
        if (u != null && u.kind == MentionKind.RELATIVE) return u;
        return null;
      }
      Chain ch = chain(k, false);
      if (ch == null) return null;
      if (ch.first() == Kind.ITEM && endsWithAny(k, LAWNUM_TYPES)) return null;
      Unit u;
      if (prev.anchor != null && !ch.suppl() && !isAppendix(ch.first())) {
        u = checked(Unit.of(k, ch.end(), MentionKind.ENUMERATION_MEMBER, List.of(inherit(prev.anchor, ch))));
        if (prev.namedLaw != null) u.namedLaw = prev.namedLaw;
      } else if (prev.error != null && prev.anchor == null && !ch.suppl() && !isAppendix(ch.first())
          && (prev.kind == MentionKind.ABSOLUTE || otherLawError(prev))) {
        // 「証券取引法第百九十七条第一項第一号から第四号まで若しくは第七号若しくは第二項」: the members are
        // in the same unknown law as the one before them.
        u = Unit.error(k, ch.end(), MentionKind.ENUMERATION_MEMBER, prev.error.reason(), prev.error.detail());
      } else {
        u = sameLaw(ch, MentionKind.ENUMERATION_MEMBER);
      }
      u.kind = MentionKind.ENUMERATION_MEMBER;
      return u;
    }

    /** The member written from its first level down, above that level as in prev. */
    ProvisionPath inherit(ProvisionPath prev, Chain ch) {
      Kind k = ch.first();
      List<Segment> segs = prev.segments();
      int cut = -1;
      for (int i = 0; i < segs.size(); i++) {
        if (segs.get(i).kind() == k) {
          cut = i;
          break;
        }
      }
      ProvisionPath base;
      if (cut >= 0) {
        base = new ProvisionPath(prev.lawId(), segs.subList(0, cut));
      } else if (k == Kind.ITEM && ExtractionContext.upTo(prev, Kind.PARAGRAPH) != null) {
        base = ExtractionContext.upTo(prev, Kind.PARAGRAPH); // 第四項（第四号を除く。）: the items of 第四項
      } else if (k == Kind.ITEM && ExtractionContext.upTo(prev, Kind.ARTICLE) != null) {
        base = ExtractionContext.upTo(prev, Kind.ARTICLE).child(Kind.PARAGRAPH, "1");
      } else if (k == Kind.SUBITEM) {
        base = prev;
      } else {
        base = new ProvisionPath(prev.lawId(), segs.stream().filter(s -> rank(s.kind()) < rank(k)).toList());
      }
      return normalize(append(base, ch.segs()));
    }

    Unit range(Unit from, ProvisionPath to, int end) {
      ProvisionPath s = from.anchor;
      List<ProvisionPath> all;
      if (!s.parent().equals(to.parent()) || s.last().orElseThrow().kind() != to.last().orElseThrow().kind()) {
        all = List.of(s, to); // 第三条第二項から第五条まで: the end points only
      } else if (tree.covers(s)) {
        ProvisionPath cs = tree.canonical(s);
        ProvisionPath ce = tree.canonical(to);
        List<ProvisionPath> sibs = tree.siblings(cs);
        int a = sibs.indexOf(cs);
        int b = sibs.indexOf(ce);
        if (a < 0 || b < 0) {
          // An excerpted 附則 (抄) may lack an end point: the members present between the numbers.
          List<ProvisionPath> present = between(sibs, s, to);
          if (!present.isEmpty()) {
            Unit u = Unit.of(from.start, end, MentionKind.RANGE, present);
            u.anchor = to;
            u.namedLaw = from.namedLaw;
            return u;
          }
        }
        if (a < 0 || b < 0 || a > b) {
          Unit u = Unit.error(from.start, end, MentionKind.RANGE, Reason.TARGET_NOT_IN_CORPUS,
              "range " + s.local() + ".." + to.local() + (a < 0 ? ": no " + s.local() : b < 0 ? ": no " + to.local() : ": reversed"));
          u.anchor = to;
          u.quoted = from.quoted;
          return u;
        }
        all = List.copyOf(sibs.subList(a, b + 1));
      } else {
        all = numericRange(s, to);
      }
      Unit u = Unit.of(from.start, end, MentionKind.RANGE, all);
      u.anchor = to;
      u.namedLaw = from.namedLaw;
      return u;
    }

    /** The siblings whose numbers lie between those of s and e (inclusive), in document order. */
    private static List<ProvisionPath> between(List<ProvisionPath> sibs, ProvisionPath s, ProvisionPath e) {
      int[] lo = numKey(s.last().orElseThrow().num());
      int[] hi = numKey(e.last().orElseThrow().num());
      if (lo == null || hi == null) return List.of();
      List<ProvisionPath> out = new ArrayList<>();
      for (ProvisionPath p : sibs) {
        int[] k = numKey(p.last().orElseThrow().num());
        if (k != null && java.util.Arrays.compare(lo, k) <= 0 && java.util.Arrays.compare(k, hi) <= 0) out.add(p);
      }
      return out;
    }

    /** "5_2" → [5, 2]; a range num "10:11" compares by its start; null when not numeric. */
    private static int[] numKey(String num) {
      String n = num.contains(":") ? num.substring(0, num.indexOf(':')) : num;
      if (n.contains(".")) n = n.substring(0, n.indexOf('.'));
      if (!n.matches("[0-9]{1,6}(?:_[0-9]{1,6})*")) return null;
      return java.util.Arrays.stream(n.split("_")).mapToInt(Integer::parseInt).toArray();
    }

    private static List<ProvisionPath> numericRange(ProvisionPath s, ProvisionPath e) {
      String a = s.last().orElseThrow().num();
      String b = e.last().orElseThrow().num();
      if (!a.matches("[0-9]{1,4}") || !b.matches("[0-9]{1,4}")) return List.of(s, e);
      int x = Integer.parseInt(a);
      int y = Integer.parseInt(b);
      if (x > y || y - x > 500) return List.of(s, e);
      List<ProvisionPath> out = new ArrayList<>();
      Kind k = s.last().orElseThrow().kind();
      ProvisionPath parent = s.parent().orElseThrow();
      for (int v = x; v <= y; v++) out.add(parent.child(k, String.valueOf(v)));
      return out;
    }

    // ---- resolution of numbered chains ----

    Unit named(Named nm, Chain ch) {
      if (nm.error() != null) {
        Unit u = Unit.error(nm.start(), ch.end(), MentionKind.ABSOLUTE, nm.error().reason(), nm.error().detail());
        return u;
      }
      ProvisionPath root = ProvisionPath.of(nm.law());
      if (ch.suppl()) root = root.child(Kind.SUPPL, "");
      else if (ch.first() == Kind.PARAGRAPH || ch.first() == Kind.ITEM) {
        return Unit.error(nm.start(), ch.end(), MentionKind.ABSOLUTE, Reason.UNSUPPORTED, "a paragraph or item of another law without an article");
      }
      Unit u = checked(Unit.of(nm.start(), ch.end(), MentionKind.ABSOLUTE, List.of(normalize(append(root, ch.segs())))));
      u.namedLaw = nm.law();
      return u;
    }

    Unit sameLaw(Chain ch, MentionKind kind) {
      ProvisionPath base;
      Kind first = ch.first();
      if (parenOwner != null && parenDepth == parenOwnerDepth && !ch.suppl() && !isAppendix(first)
          && rank(first) > rank(Kind.ARTICLE)) {
        return checked(Unit.of(ch.start(), ch.end(), kind, List.of(inherit(parenOwner.anchor, ch))));
      }
      if (ch.suppl()) {
        base = ctx.supplBase();
      } else if (isAppendix(first)) {
        base = ProvisionPath.of(ctx.lawId());
      } else if (first == Kind.ARTICLE && !lawScopes.isEmpty()) {
        base = ProvisionPath.of(scopeLaws.get(lawScopes.peek()[1]));
      } else if (first == Kind.ARTICLE && ctx.textLaw() == null && namesAmendedLaw(ch)) {
        base = ProvisionPath.of(ctx.lawId());
      } else if (first == Kind.ARTICLE) {
        if (ctx.textLaw() == null) {
          Unit u = Unit.error(ch.start(), ch.end(), kind, Reason.LAW_NOT_IN_CORPUS, "article of the amending act " + ctx.textLawNote());
          return u;
        }
        base = ProvisionPath.of(ctx.textLaw());
      } else if (first == Kind.PARAGRAPH) {
        base = ExtractionContext.container(ctx.provision());
      } else if (first == Kind.ITEM) {
        base = ExtractionContext.upTo(ctx.provision(), Kind.PARAGRAPH);
        if (base == null) return Unit.error(ch.start(), ch.end(), kind, Reason.NO_ANTECEDENT, "an item outside any paragraph");
      } else {
        return Unit.error(ch.start(), ch.end(), kind, Reason.UNSUPPORTED, "subitem without an item");
      }
      return checked(Unit.of(ch.start(), ch.end(), kind, List.of(normalize(append(base, ch.segs())))));
    }

    /**
     * In an amending act's 附則 a bare 第N条 is the amending act's own article, except where the words
     * say it is the amended law's (this law's): 「改正後の第二条」「改正前の第三条」, or a list that ends in
     * 「…の改正規定」 (the amendments of those articles).
     */
    boolean namesAmendedLaw(Chain ch) {
      if (endsWithAny(ch.start(), new String[] {"改正後の", "改正前の"})) return true;
      Matcher m = AMENDED_LIST.matcher(text).region(ch.end(), Math.min(n, ch.end() + 120));
      return m.lookingAt();
    }

    /** Existence in this law's tree: a missing target turns the unit into TARGET_NOT_IN_CORPUS (anchor kept). */
    Unit checked(Unit u) {
      if (u.error != null) return u;
      List<ProvisionPath> ts = new ArrayList<>(u.targets.size());
      for (ProvisionPath t : u.targets) {
        if (!tree.exists(t)) {
          Unit e = Unit.error(u.start, u.end, u.kind, Reason.TARGET_NOT_IN_CORPUS, "no " + t.local() + " in " + t.lawId().value());
          e.anchor = t;
          e.namedLaw = u.namedLaw;
          return e;
        }
        ts.add(tree.canonical(t));
      }
      u.targets = List.copyOf(ts);
      return u;
    }

    private static boolean isAppendix(Kind k) {
      return k == Kind.APPDX_TABLE || k == Kind.APPDX_NOTE || k == Kind.APPDX_STYLE || k == Kind.APPDX_FORMAT
          || k == Kind.APPDX_FIG || k == Kind.APPDX;
    }

    private static ProvisionPath append(ProvisionPath base, List<Segment> segs) {
      List<Segment> all = new ArrayList<>(base.segments());
      all.addAll(segs);
      return new ProvisionPath(base.lawId(), all);
    }

    /** The reader's address: an item right under an article is in paragraph 1. */
    private static ProvisionPath normalize(ProvisionPath p) {
      List<Segment> s = p.segments();
      for (int i = 1; i < s.size(); i++) {
        if (s.get(i).kind() == Kind.ITEM && s.get(i - 1).kind() == Kind.ARTICLE) {
          List<Segment> out = new ArrayList<>(s);
          out.add(i, new Segment(Kind.PARAGRAPH, "1"));
          return new ProvisionPath(p.lawId(), out);
        }
      }
      return p;
    }

    // ---- emission ----

    void emit(List<Unit> units, int groupStart, int groupEnd) {
      boolean[] flags = flags(groupStart, groupEnd);
      for (Unit u : units) {
        if (u.start < lastEnd) u.start = Math.max(u.start, lastEnd);
        expandEachItem(u);
        Resolution r = u.error != null ? u.error
            : new Resolution.Resolved(u.targets, flags[0], flags[1], u.targets.stream().allMatch(tree::covers));
        Mention m = new Mention(ctx.provision(), u.start, u.end, text.substring(u.start, u.end), u.kind, quoteDepth > 0);
        out.add(new Reference(m, r));
        // Quoted words (改め文, 読替え) and the formula 「以下この条において同じ」 are not antecedents
        // of a later 同法/同条/同項 outside them.
        if (!m.quoted() && !selfReference(m.text())) ctx = ctx.withLast(u.anchor, u.namedLaw);
        if (u.error == null && u.targets.size() == 1 && u.targets.get(0).isWholeLaw()) {
          wholeLawEnd = u.end;
          wholeLaw = u.targets.get(0).lawId();
        }
        lastEnd = Math.max(lastEnd, u.end);
      }
    }

    /**
     * 「第一項各号」, 「同項各号」: every item of the cited paragraph (an article's items sit under its
     * first paragraph). 「各号列記以外の部分」 is the chapeau, not the items, and stays as written.
     * Items of other laws are not known here, so those keep the paragraph as target.
     */
    void expandEachItem(Unit u) {
      if (u.error != null || !text.startsWith("各号", u.end) || text.startsWith("各号列記", u.end)) return;
      List<ProvisionPath> items = new ArrayList<>();
      if (u.targets.stream().noneMatch(tree::covers) && u.targets.stream().noneMatch(ProvisionPath::isWholeLaw)) {
        u.end += 2; // 放送法第九十三条第一項各号: the items are looked up in the corpus afterwards (extract with corpusHas)
        return;
      }
      for (ProvisionPath t : u.targets) {
        if (!tree.covers(t) || t.isWholeLaw()) return;
        Kind last = t.last().orElseThrow().kind();
        ProvisionPath paragraph = last == Kind.ARTICLE ? t.child(Kind.PARAGRAPH, "1") : t;
        if (last != Kind.ARTICLE && last != Kind.PARAGRAPH) return;
        items.addAll(tree.children(paragraph, Kind.ITEM));
      }
      if (items.isEmpty()) return;
      u.targets = List.copyOf(items);
      u.end += 2;
    }

    /** junyo, yomikae for a group written at [start, end). */
    boolean[] flags(int start, int end) {
      boolean junyo = false;
      boolean yomikae = false;
      if (endsWithAny(start, new String[] {"準用する", "準用される"})) junyo = true;
      if (endsWithAny(start, new String[] {"読み替えて適用する", "読み替えて準用する", "読み替えて適用される", "読み替えて準用される"})) {
        yomikae = true;
        if (text.startsWith("準用", start - 5)) junyo = true;
      }
      int after = skipParen(end);
      int sentenceEnd = sentenceEnd(after);
      String rest = text.substring(after, sentenceEnd);
      if ((rest.startsWith("の規定は") || rest.startsWith("の規定を") || rest.startsWith("を")) && rest.contains("準用する")) {
        int q = rest.indexOf("準用する");
        String between = rest.substring(0, q);
        if (rest.startsWith("の規定は") || !between.contains("、") || between.startsWith("の規定を") || between.startsWith("を")) junyo = true;
      }
      if (rest.startsWith("中「") && rest.contains("読み替える")) yomikae = true;
      return new boolean[] {junyo, yomikae};
    }

    int skipParen(int pos) {
      if (pos >= n || text.charAt(pos) != '（') return pos;
      int depth = 0;
      for (int i = pos; i < n; i++) {
        char c = text.charAt(i);
        if (c == '（') depth++;
        else if (c == '）' && --depth == 0) return i + 1;
      }
      return pos;
    }

    int sentenceEnd(int pos) {
      int depth = 0;
      for (int i = pos; i < n; i++) {
        char c = text.charAt(i);
        if (c == '（') depth++;
        else if (c == '）' && depth > 0) depth--;
        else if (c == '。' && depth == 0) return i;
      }
      return n;
    }

    // ---- law names ----

    /** The longest law name (or defined short name) ending exactly at end; an unknown name gives an error. */
    Named nameBefore(int end) {
      if (end <= lastEnd) return null;
      int floor = Math.max(lastEnd, end - 48);
      for (int k = end - 1; k >= floor; k--) {
        char c = text.charAt(k);
        if ("。、「」（）　 \n".indexOf(c) >= 0) {
          floor = k + 1;
          break;
        }
      }
      if (floor >= end) return null;
      Named best = null;
      for (Map.Entry<String, LawId> a : ctx.abbreviations().entrySet()) {
        int s = end - a.getKey().length();
        if (s >= floor && text.startsWith(a.getKey(), s) && (s == 0 || !isWordChar(text.charAt(s - 1)))
            && (best == null || s < best.start())) {
          best = new Named(s, a.getValue(), null);
        }
      }
      char last = text.charAt(end - 1);
      if (NAME_END.indexOf(last) >= 0) {
        String w = text.substring(floor, end);
        for (int s = 0; s < w.length() - 1; s++) {
          if (best != null && floor + s >= best.start()) break;
          TitleMatch hit = null;
          for (TitleMatch m : titles.findTitlesAt(w, s)) {
            if (m.end() == w.length()) {
              hit = m;
              break;
            }
          }
          if (hit == null) continue;
          var r = hit.resolution();
          if (r.isResolved()) best = new Named(floor + s, r.lawId().orElseThrow(), null);
          else best = new Named(floor + s, null, new Resolution.Unresolved(Reason.AMBIGUOUS_LAW,
              hit.text() + ": " + String.join(" ", r.lawIds().stream().map(LawId::value).toList())));
          break;
        }
        if (best == null) {
          int s = unknownRunStart(end);
          // 第一条中金融商品取引法第三条: 中 ("in") closes the mention before, it does not open the name
          if (s == lastEnd && s < end && text.charAt(s) == '中') s++;
          String run = text.substring(s, end);
          if (s >= floor && run.length() >= 2 && !isHeadingWord(run) && !run.endsWith("附則")) {
            best = new Named(s, null, new Resolution.Unresolved(Reason.UNKNOWN_LAW, run));
          }
        }
      }
      return best;
    }

    private static boolean isHeadingWord(String run) {
      for (String h : HEADING_RUNS) if (run.equals(h)) return true;
      return false;
    }

    /** Start of the run of kanji/katakana ending at end (a name nobody knows), or end if none. */
    int unknownRunStart(int end) {
      int s = end;
      while (s > lastEnd && isWordChar(text.charAt(s - 1)) && end - s < 40) s--;
      return s;
    }

    private static boolean isWordChar(char c) {
      return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x30A1 && c <= 0x30FA) || c == 'ー' || c == '々' || c == '〇';
    }

    boolean endsWithAny(int pos, String[] words) {
      for (String w : words) if (pos >= w.length() && text.startsWith(w, pos - w.length())) return true;
      return false;
    }

    // ---- numbered chains ----

    /** 附則? then 別表第N, or 第N条(のM)* 第N項 第N号(のM)* イ （１）…; null if nothing numbered. */
    Chain chain(int pos, boolean subitemStart) {
      int p = pos;
      boolean suppl = false;
      if (text.startsWith("附則", p)) {
        suppl = true;
        p += 2;
      }
      List<Segment> segs = new ArrayList<>(4);
      for (String[] w : APPENDIX) {
        if (!text.startsWith(w[0], p)) continue;
        int q = p + w[0].length();
        Kind k = kindByPrefix(w[1]);
        if (q < n && text.charAt(q) == '第') {
          int[] num = new int[1];
          String b = branchNumber(q + 1, num);
          if (b == null) return null;
          segs.add(new Segment(k, b));
          return new Chain(pos, num[0], suppl, segs);
        }
        if (!w[0].equals("別表")) return null;
        if (q < n && isWordChar(text.charAt(q))) return null;
        segs.add(new Segment(k, ""));
        return new Chain(pos, q, suppl, segs);
      }
      int[] e = new int[1];
      String a = unit(p, '条', true, e);
      if (a != null) {
        segs.add(new Segment(Kind.ARTICLE, a));
        p = e[0];
      }
      String para = unit(p, '項', false, e);
      if (para != null) {
        segs.add(new Segment(Kind.PARAGRAPH, para));
        p = e[0];
      }
      String item = unit(p, '号', true, e);
      if (item != null) {
        segs.add(new Segment(Kind.ITEM, item));
        p = e[0];
      }
      if (item != null || (subitemStart && segs.isEmpty())) {
        boolean first = true;
        while (p < n) {
          int q = subitem(p, first, e);
          if (q < 0) break;
          segs.add(new Segment(Kind.SUBITEM, String.valueOf(q)));
          p = e[0];
          first = false;
        }
      }
      if (segs.isEmpty()) return null;
      return new Chain(pos, p, suppl, segs);
    }

    private static Kind kindByPrefix(String prefix) {
      for (Kind k : Kind.values()) if (k.prefix.equals(prefix)) return k;
      throw new IllegalStateException(prefix);
    }

    /** 第N unit (のM)*: the e-Gov Num ("6_2") or null; end[0] is set past it. */
    String unit(int p, char unit, boolean branchAfter, int[] end) {
      if (p >= n || text.charAt(p) != '第') return null;
      int q = p + 1;
      int s = q;
      while (q < n && Numerals.isNumeralChar(text.charAt(q))) q++;
      if (q == s || q >= n || text.charAt(q) != unit) return null;
      OptionalInt v = Numerals.parse(text.substring(s, q));
      if (v.isEmpty() || v.getAsInt() < 1) return null;
      StringBuilder sb = new StringBuilder().append(v.getAsInt());
      q++;
      while (branchAfter && q + 1 < n && (text.charAt(q) == 'の' || text.charAt(q) == 'ノ')) {
        int r = q + 1;
        while (r < n && Numerals.isNumeralChar(text.charAt(r))) r++;
        if (r == q + 1) break;
        OptionalInt b = Numerals.parse(text.substring(q + 1, r));
        if (b.isEmpty() || b.getAsInt() < 1) break;
        sb.append('_').append(b.getAsInt());
        q = r;
      }
      end[0] = q;
      return sb.toString();
    }

    /** N(のM)* for appendix numbers (別表第一の二); end[0] past it. */
    String branchNumber(int p, int[] end) {
      int q = p;
      while (q < n && (Numerals.isNumeralChar(text.charAt(q))
          || (q > p && text.charAt(q) == 'の' && q + 1 < n && Numerals.isNumeralChar(text.charAt(q + 1))))) q++;
      if (q == p) return null;
      var b = Numerals.parseBranch(text.substring(p, q));
      if (b.isEmpty() || b.get().startsWith("0")) return null;
      end[0] = q;
      return b.get();
    }

    /** イ (not followed by more katakana) or （１）/（ｉ）; the value, end[0] past it; -1 if none. */
    int subitem(int p, boolean first, int[] end) {
      char c = text.charAt(p);
      if (c == '（') {
        int close = text.indexOf('）', p);
        if (close < 0 || close - p > 6) return -1;
        String inner = text.substring(p + 1, close);
        OptionalInt v = Numerals.parse(inner);
        if (v.isEmpty()) v = roman(inner);
        if (v.isEmpty() || v.getAsInt() < 1) return -1;
        end[0] = close + 1;
        return v.getAsInt();
      }
      OptionalInt v = Numerals.parseIroha(String.valueOf(c));
      if (v.isEmpty()) return -1;
      if (p + 1 < n) {
        char d = text.charAt(p + 1);
        if ((d >= 0x30A1 && d <= 0x30FA) || d == 'ー') return -1;
      }
      end[0] = p + 1;
      return v.getAsInt();
    }

    private static OptionalInt roman(String s) {
      String[] r = {"ｉ", "ｉｉ", "ｉｉｉ", "ｉｖ", "ｖ", "ｖｉ", "ｖｉｉ", "ｖｉｉｉ", "ｉｘ", "ｘ"};
      for (int i = 0; i < r.length; i++) if (r[i].equals(s)) return OptionalInt.of(i + 1);
      return OptionalInt.empty();
    }
  }
}
