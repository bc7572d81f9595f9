package dev.lawimpact.amendments;

import dev.lawimpact.amendments.Operation.Placement;
import dev.lawimpact.amendments.ParsedSentence.ParseProblem;
import dev.lawimpact.amendments.Target.Level;
import dev.lawimpact.amendments.Target.Part;
import dev.lawimpact.amendments.Target.Step;
import dev.lawimpact.numerals.Numerals;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive-descent reader of 改め文. A sentence is a chain of clauses joined by 、 after a verb
 * (改め、 削り、 加え、 とし、 …); a clause is an optional scope (…中), targets, and a verb
 * phrase. Relative references (同条, 同項, 同号, 同表, bare 第三項 under 第十四条中) are resolved
 * through {@link Context}, which carries the last target and scope across clauses and sentences.
 */
final class SentenceParser {

  /** The state relative references need; one per amendment, threaded through its sentences. */
  static final class Context {
    Target last;
    final java.util.Map<Level, Target> lastAt = new java.util.EnumMap<>(Level.class);
    List<Target> scope = List.of();
    List<Target> textScope = List.of();

    void remember(Target t) {
      last = t;
      for (Step st : t.steps()) lastAt.put(st.level(), t);
    }

    List<Step> upTo(Level level) {
      Target t = lastAt.get(level);
      return t == null ? null : t.upTo(level);
    }

    Context copy() {
      Context c = new Context();
      c.restore(this);
      return c;
    }

    void restore(Context o) {
      last = o.last;
      lastAt.clear();
      lastAt.putAll(o.lastAt);
      scope = o.scope;
      textScope = o.textScope;
    }
  }

  private static final String NUM = "[〇一二三四五六七八九十百千万０-９0-9]+";
  private static final String BRANCH = NUM + "(?:の" + NUM + ")*";
  private static final Pattern STRUCT = Pattern.compile("第(" + BRANCH + ")(編|章|節|款|目)");
  private static final Pattern ARTICLE = Pattern.compile("第(" + BRANCH + ")条");
  private static final Pattern PARAGRAPH = Pattern.compile("第(" + NUM + ")項");
  private static final Pattern ITEM = Pattern.compile("第(" + BRANCH + ")号");
  private static final Pattern PAREN_SUBITEM = Pattern.compile("（([０-９0-9]+|[ｉｖｘ]+|[一二三四五六七八九十]+)）(?:の(" + NUM + "))?");
  private static final Pattern APPENDIX = Pattern.compile(
      "(別記様式|別表|様式|別記|別図|書式|付録)(?:第(" + NUM + ")(?:号)?)?");
  private static final Pattern BRANCH_TAIL = Pattern.compile("の(" + NUM + ")");
  private static final Pattern ROW = Pattern.compile("の?([^「」]{1,80}?)の項");
  private static final Pattern COLUMN = Pattern.compile("の?(?:第(" + NUM + ")欄|[上中下]欄|[^「」中を、]{1,20}の欄)");
  private static final Pattern COUNT = Pattern.compile("次の(" + NUM + ")?(条|項|号|節|章|款|目|編|様式|表|別表|号様式)?を加え(る)?");
  private static final Pattern SHIFT = Pattern.compile("(" + NUM + ")(条|項|号|節|章|款|目)ずつ繰り(下げ|上げ)(る)?");
  private static final Pattern ELIDED = Pattern.compile("^[（〔(]「?次のよう」?略[）〕)]$");
  private static final Pattern AMENDING_CLAUSE = Pattern.compile("^(.+?改正規定)(?=を|の前に|の次に|中)");
  private static final Pattern AS_NUMBER = Pattern.compile("に第(" + BRANCH + ")(条|項|号)として");
  private static final String IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

  private final String s;
  private final int index;
  private final Context ctx;
  private final List<Operation> ops = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();
  private int pos;

  private final boolean balancedFirst;

  private SentenceParser(String sentence, int index, Context ctx, boolean balancedFirst) {
    this.balancedFirst = balancedFirst;
    this.s = sentence;
    this.index = index;
    this.ctx = ctx;
  }

  static ParsedSentence parse(String sentence, int index, Context ctx) {
    Context saved = ctx.copy();
    SentenceParser p = new SentenceParser(sentence, index, ctx, true);
    p.run();
    if (!p.problems.isEmpty()) {
      // Quoted text may quote brackets: retry taking each 「 to its first closing 」 that the
      // grammar can continue from, and keep whichever reading gets further.
      Context retryCtx = saved.copy();
      SentenceParser q = new SentenceParser(sentence, index, retryCtx, false);
      q.run();
      if (q.problems.isEmpty() || q.problems.get(0).position() > p.problems.get(0).position()) {
        ctx.restore(retryCtx);
        return new ParsedSentence(index, sentence, q.ops, q.problems);
      }
    }
    return new ParsedSentence(index, sentence, p.ops, p.problems);
  }

  private void run() {
    // A scope (…中) does not reach into the next sentence; 同条 and friends do.
    ctx.scope = List.of();
    ctx.textScope = List.of();
    String body = s.strip();
    if (body.startsWith("次の表により")) {
      // 新旧対照表方式: the edits are a table (in e-Gov data an image), not sentences.
      ops.add(new Operation.TableForm(body, index, 0, s.length()));
      return;
    }
    if (ELIDED.matcher(body).matches()) {
      ops.add(new Operation.Elided(body, index, 0, s.length()));
      return;
    }
    while (pos < s.length()) {
      int start = pos;
      boolean understood;
      try {
        understood = clause();
      } catch (IllegalArgumentException e) {
        // A number the grammar matched but no statute can hold (一一一一一一一一一一条): a refusal, not a crash.
        problems.add(new ParseProblem(index, start, s.substring(start), "clause not understood: " + e.getMessage()));
        return;
      }
      if (!understood) {
        problems.add(new ParseProblem(index, start, s.substring(start), "clause not understood"));
        return;
      }
      if (eat("、")) continue;
      if (eat("。")) {
        if (pos < s.length() && !s.substring(pos).isBlank()) {
          // Several sentences in one AmendProvisionSentence: carry on with the next.
          continue;
        }
        return;
      }
      if (pos >= s.length()) return;
      problems.add(new ParseProblem(index, pos, s.substring(pos), "expected 、 or 。 after a clause"));
      return;
    }
  }

  // ---------------------------------------------------------------- clauses

  private boolean clause() {
    int start = pos;
    Matcher am = AMENDING_CLAUSE.matcher(s.substring(pos));
    if (am.find() && !am.group(1).contains("「")) {
      Target t = new Target(List.of(new Step(Level.AMENDING_CLAUSE, "", am.group(1))), Part.WHOLE, null, null, am.group(1));
      pos += am.group(1).length();
      ctx.remember(t);
      if (eat("中")) {
        if (peek("「")) {
          ctx.textScope = List.of(t);
          return textOps(start, List.of(t));
        }
        List<Target> sub = targetList(List.of());
        if (sub == null) return false;
        List<Target> inClause = new ArrayList<>();
        for (Target x : sub) {
          List<Step> st = new ArrayList<>(t.steps());
          st.addAll(x.steps());
          inClause.add(x.withSteps(st));
        }
        return provisionOps(start, inClause);
      }
      return provisionOps(start, List.of(t));
    }
    if (peek("「")) return textOps(start, ctx.textScope);
    List<Target> targets = targetList(ctx.scope);
    if (targets == null) return false;
    if (eat("中")) {
      ctx.scope = targets;
      if (peek("「")) {
        ctx.textScope = targets;
        return textOps(start, targets);
      }
      int inner = pos;
      List<Target> sub = targetList(targets);
      if (sub == null) {
        pos = inner;
        // 第二条中見出しを… is not written; anything else after 中 is not understood.
        return false;
      }
      if (eat("中")) {
        // 第三章第四節中第十条中 does not occur, but 同条第三号及び第四号中 after a scope does.
        ctx.textScope = sub;
        return textOps(start, sub);
      }
      return provisionOps(start, sub);
    }
    return provisionOps(start, targets);
  }

  /** Verb phrases after provision targets. */
  private boolean provisionOps(int start, List<Target> targets) {
    Target first = targets.get(0);
    if (eat("を次のように改め")) {
      eat("る");
      ops.add(first.part() == Part.CAPTION
          ? new Operation.ReplaceProvisions(targets, -1, index, start, pos)
          : new Operation.ReplaceProvisions(targets, -1, index, start, pos));
      return true;
    }
    if (eat("を削り") || eat("を削る")) {
      if (first.part() == Part.CAPTION || first.part() == Part.HEADING_AND_NUMBER) {
        for (Target t : targets) ops.add(new Operation.SetCaption(t, "", index, start, pos));
      } else {
        ops.add(new Operation.DeleteProvisions(targets, index, start, pos));
      }
      return true;
    }
    if (first.part() == Part.CAPTION && peek("を「")) {
      pos++;
      String q = quote();
      if (q == null || !(eat("に改め") || eat("と改め"))) return false;
      eat("る");
      ops.add(new Operation.SetCaption(first, q, index, start, pos));
      return true;
    }
    if (eat("に見出しとして")) {
      String q = quote();
      if (q == null || !(eat("を付し") || eat("を付する"))) return false;
      ops.add(new Operation.SetCaption(first, q, index, start, pos));
      return true;
    }
    Placement placement = null;
    Matcher as = AS_NUMBER.matcher(s).region(pos, s.length());
    if (as.lookingAt()) {
      // 同条に第一項として次の一項を加える: inserted before the present 第一項.
      Level lv = as.group(2).equals("項") ? Level.PARAGRAPH : as.group(2).equals("号") ? Level.ITEM : Level.ARTICLE;
      List<Step> st = new ArrayList<>(first.steps());
      st.add(new Step(lv, "", numStr(as.group(1))));
      first = first.withSteps(st);
      pos = as.end();
      placement = Placement.BEFORE;
    } else if (eat("の前に見出しとして") || eat("に見出しとして")) {
      String q = quote();
      if (q == null || !(eat("を付し") || eat("を付する"))) return false;
      ops.add(new Operation.SetCaption(first, q, index, start, pos));
      return true;
    } else if (eat("の次に")) placement = Placement.AFTER;
    else if (eat("の前に")) placement = Placement.BEFORE;
    else if (eat("に")) placement = Placement.APPEND;
    if (placement != null) {
      int content;
      if (eat("次のように加え")) {
        eat("る");
        content = -1;
      } else {
        Matcher m = COUNT.matcher(s).region(pos, s.length());
        if (!m.lookingAt()) return false;
        content = m.group(1) == null ? 1 : number(m.group(1));
        pos = m.end();
      }
      ops.add(new Operation.InsertProvisions(first, placement, content, index, start, pos));
      ctx.remember(first);
      return true;
    }
    if (eat("を")) {
      Matcher m = SHIFT.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        int n = number(m.group(1));
        pos = m.end();
        ops.add(new Operation.Shift(targets, m.group(3).equals("下げ") ? n : -n, index, start, pos));
        return true;
      }
      List<Target> to = targetList(prefixFor(first));
      if (to == null || !(eat("とし") || eat("とする"))) return false;
      ops.add(new Operation.Renumber(first, to.get(0), index, start, pos));
      ctx.remember(to.get(0));
      return true;
    }
    return false;
  }

  /** The steps a relative renumbering target (を第五項とし) sits under: the source's parent. */
  private List<Target> prefixFor(Target from) {
    if (from.steps().size() <= 1) return ctx.scope;
    return List.of(from.withSteps(from.steps().subList(0, from.steps().size() - 1)));
  }

  /** 「A」を「B」に、「C」を「D」に改め / 「A」を削り / 「A」の下に「B」を加え, possibly chained. */
  private boolean textOps(int start, List<Target> scope) {
    if (scope.isEmpty()) return false;
    record Pending(String a, String b, int kind, int start) {} // kind: 0 replace, 1 insert after, 2 insert before, 3 delete
    List<Pending> pending = new ArrayList<>();
    while (true) {
      int itemStart = pos;
      String a = quote();
      if (a == null) return false;
      if (eat("を")) {
        if (peek("「")) {
          String b = quote();
          if (b == null || !(eat("に") || eat("と"))) return false;
          pending.add(new Pending(a, b, 0, itemStart));
        } else {
          pending.add(new Pending(a, null, 3, itemStart));
        }
      } else if (eat("の下に") || eat("の次に") || eat("の後に")) {
        String b = quote();
        if (b == null || !eat("を")) return false;
        pending.add(new Pending(a, b, 1, itemStart));
      } else if (eat("の上に") || eat("の前に")) {
        String b = quote();
        if (b == null || !eat("を")) return false;
        pending.add(new Pending(a, b, 2, itemStart));
      } else if (eat("及び") || eat("、")) {
        // 「A」及び「B」を削る: a list of strings to delete.
        pending.add(new Pending(a, null, 3, itemStart));
        continue;
      } else {
        return false;
      }
      int kind = pending.get(pending.size() - 1).kind();
      boolean done;
      if (kind == 0 && (eat("改め") || eat("改める"))) done = true;
      else if (kind == 3 && (eat("削り") || eat("削る"))) done = true;
      else if ((kind == 1 || kind == 2) && (eat("加え") || eat("加える"))) done = true;
      else if (eat("、") && peek("「")) continue;
      else return false;
      if (done) {
        eat("る");
        for (Pending p : pending) {
          int kindP = p.kind() == 3 || (kind == 3) ? (p.b() == null ? 3 : p.kind()) : p.kind();
          switch (kindP) {
            case 0 -> ops.add(new Operation.ReplaceText(scope, p.a(), p.b(), index, p.start(), pos));
            case 1 -> ops.add(new Operation.InsertText(scope, p.a(), p.b(), false, index, p.start(), pos));
            case 2 -> ops.add(new Operation.InsertText(scope, p.a(), p.b(), true, index, p.start(), pos));
            default -> ops.add(new Operation.DeleteText(scope, p.a(), index, p.start(), pos));
          }
        }
        ctx.textScope = scope;
        return true;
      }
    }
  }

  // ---------------------------------------------------------------- targets

  /** Targets joined by 及び, 並びに, 、 and ranges (から…まで); null if none at pos. */
  private List<Target> targetList(List<Target> scope) {
    int save = pos;
    List<Target> out = new ArrayList<>();
    Target t = target(scope);
    if (t == null) {
      pos = save;
      return null;
    }
    out.add(t);
    while (true) {
      int before = pos;
      if (eat("から")) {
        if (t.lastLevel() == Level.APPENDIX) {
          Matcher am2 = Pattern.compile("(?:" + t.last().unit() + ")?第(" + BRANCH + ")号?まで").matcher(s).region(pos, s.length());
          if (am2.lookingAt()) {
            pos = am2.end();
            Target ranged = new Target(t.steps(), t.part(), t.row(), numStr(am2.group(1)), t.text() + "から" + am2.group(1) + "まで");
            out.set(out.size() - 1, ranged);
            continue;
          }
        }
        Target to = target(List.of(t.withSteps(t.steps().subList(0, t.steps().size() - 1))));
        if (to == null || !eat("まで") || to.last() == null || to.lastLevel() != t.lastLevel()) {
          pos = before;
          break;
        }
        Target ranged = new Target(t.steps(), to.part(), t.row(), to.last().num(), t.text() + "から" + to.text() + "まで");
        out.set(out.size() - 1, ranged);
        ctx.remember(ranged);
        continue;
      }
      if (eat("及び") || eat("並びに") || eat("、")) {
        Target next = target(List.of(parentOf(t)));
        if (next != null && (peek("中") || peek("を") || peek("及び") || peek("並びに") || peek("、") || peek("から")
            || peek("の次に") || peek("に"))) {
          out.add(next);
          t = next;
          continue;
        }
        pos = before;
      }
      break;
    }
    return out;
  }

  private static Target parentOf(Target t) {
    return t.steps().isEmpty() ? t : t.withSteps(t.steps().subList(0, t.steps().size() - 1)).withPart(Part.WHOLE);
  }

  /**
   * One target. Written steps at a lower level than the scope's deepest step are relative to
   * the scope (第十四条中第二項); 同条 and friends take the last target's steps.
   */
  private Target target(List<Target> scope) {
    int start = pos;
    List<Step> steps = new ArrayList<>();
    boolean relativeStart = false;
    if (eat("同条")) {
      List<Step> base = ctx.upTo(Level.ARTICLE);
      if (base == null) {
        pos = start;
        return null;
      }
      steps.addAll(base);
    } else if (ctx.last != null && ctx.last.row() != null && eat("同項")) {
      // After a table row (…の項), 同項 is that row.
      Target t = rowTail(ctx.last, start);
      ctx.remember(t);
      return t;
    } else if (eat("同項")) {
      List<Step> base = ctx.upTo(Level.PARAGRAPH);
      if (base == null) {
        pos = start;
        return null;
      }
      steps.addAll(base);
    } else if (eat("同号")) {
      List<Step> base = ctx.upTo(Level.ITEM);
      if (base == null) {
        pos = start;
        return null;
      }
      steps.addAll(base);
    } else if (eat("同表")) {
      if (ctx.last == null) {
        pos = start;
        return null;
      }
      List<Step> base = ctx.last.has(Level.APPENDIX) ? ctx.last.upTo(Level.APPENDIX) : ctx.last.steps();
      steps.addAll(base);
      Target row = rowAt(new Target(steps, Part.TABLE, null, null, ""));
      if (row != null) {
        Target t = finish(row, start);
        ctx.remember(t);
        return t;
      }
      if (!ctx.last.has(Level.APPENDIX)) {
        Target t = finish(new Target(steps, Part.TABLE, null, null, ""), start);
        ctx.remember(t);
        return t;
      }
      // 同表第百三十九号: an entry of the same appendix.
    } else if (eat("同改正規定")) {
      Target t = ctx.lastAt.get(Level.AMENDING_CLAUSE);
      if (t == null) {
        pos = start;
        return null;
      }
      return t;
    } else if (eat("同章") || eat("同節")) {
      List<Step> base = ctx.upTo(Level.STRUCTURE);
      if (base == null) {
        pos = start;
        return null;
      }
      steps.addAll(base);
    }
    boolean fromSame = !steps.isEmpty();
    while (true) {
      Step st = step(steps);
      if (st == null && steps.isEmpty() && !scope.isEmpty() && !scope.get(0).steps().isEmpty()) {
        Level deepest = scope.get(0).lastLevel();
        if (deepest == Level.ITEM || deepest == Level.SUBITEM) st = subitem();
      }
      if (st == null) break;
      steps.add(st);
    }
    if (steps.isEmpty()) {
      pos = start;
      return null;
    }
    if (!fromSame) {
      relativeStart = true;
      steps = absolute(steps, scope);
    }
    Target t = new Target(steps, Part.WHOLE, null, null, s.substring(start, pos));
    t = suffixes(t, start);
    ctx.remember(t);
    return t;
  }

  private static int rank(Level l) {
    return switch (l) {
      case MAIN, SUPPL, TITLE, TOC, AMENDING_CLAUSE -> 0;
      case STRUCTURE -> 1;
      case ARTICLE, APPENDIX -> 2;
      case PARAGRAPH -> 3;
      case ITEM -> 4;
      case SUBITEM -> 5;
    };
  }

  /** Prefix written steps with the scope when they start below the scope's deepest level. */
  private static List<Step> absolute(List<Step> steps, List<Target> scope) {
    if (scope.isEmpty() || scope.get(0).steps().isEmpty()) return steps;
    List<Step> sc = scope.get(0).steps();
    Level top = sc.get(0).level();
    if (top == Level.TOC || top == Level.TITLE || top == Level.AMENDING_CLAUSE) return steps;
    Level first = steps.get(0).level();
    Level deepest = sc.get(sc.size() - 1).level();
    if (first == Level.SUPPL || first == Level.MAIN || first == Level.TITLE || first == Level.TOC) return steps;
    if (rank(first) > rank(deepest) || (first == Level.ARTICLE && deepest == Level.STRUCTURE)
        || (first == Level.ARTICLE && sc.get(0).level() == Level.SUPPL && deepest == Level.SUPPL)) {
      List<Step> out = new ArrayList<>(sc);
      out.addAll(steps);
      return out;
    }
    if (first == Level.ARTICLE && sc.get(0).level() == Level.SUPPL && rank(deepest) >= rank(first)) {
      // 附則第三条中…、第四条を…: articles stay in the same 附則.
      List<Step> out = new ArrayList<>();
      out.add(sc.get(0));
      out.addAll(steps);
      return out;
    }
    return steps;
  }

  private Step step(List<Step> sofar) {
    Level prev = sofar.isEmpty() ? null : sofar.get(sofar.size() - 1).level();
    if (sofar.isEmpty()) {
      if (eat("本則")) return new Step(Level.MAIN, "", "");
      if (eat("附則")) return new Step(Level.SUPPL, "", "");
      if (eat("題名")) return new Step(Level.TITLE, "", "");
      if (eat("目次")) return new Step(Level.TOC, "", "");
    }
    if (prev == Level.SUPPL || prev == null || prev == Level.MAIN) {
      Matcher m = APPENDIX.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        String unit = m.group(1);
        String num = m.group(2) == null ? "" : numStr(m.group(2));
        int end = m.end();
        // A branch (別表第一の二) unless the の starts a row label (別表第一の五十九の項).
        Matcher b = BRANCH_TAIL.matcher(s).region(end, s.length());
        while (!num.isEmpty() && b.lookingAt() && !rowFollows(b.end()) && !rowFollowsAt(end)) {
          num += "_" + numStr(b.group(1));
          end = b.end();
          b = BRANCH_TAIL.matcher(s).region(end, s.length());
        }
        if (unit.equals("別記") && s.startsWith("様式", end)) {
          // 別記第二号様式
          unit = "別記様式";
          end += 2;
        }
        pos = end;
        return new Step(Level.APPENDIX, unit, num);
      }
    }
    Matcher m = STRUCT.matcher(s).region(pos, s.length());
    if (m.lookingAt() && (prev == null || prev == Level.STRUCTURE || prev == Level.SUPPL || prev == Level.MAIN)) {
      pos = m.end();
      return new Step(Level.STRUCTURE, m.group(2), numStr(m.group(1)));
    }
    m = ARTICLE.matcher(s).region(pos, s.length());
    if (m.lookingAt() && (prev == null || prev == Level.STRUCTURE || prev == Level.SUPPL || prev == Level.MAIN)) {
      String num = numStr(m.group(1));
      pos = m.end();
      Matcher b = BRANCH_TAIL.matcher(s).region(pos, s.length());
      while (b.lookingAt()) {
        num += "_" + numStr(b.group(1));
        pos = b.end();
        b = BRANCH_TAIL.matcher(s).region(pos, s.length());
      }
      return new Step(Level.ARTICLE, "", num);
    }
    m = PARAGRAPH.matcher(s).region(pos, s.length());
    if (m.lookingAt() && prev != Level.PARAGRAPH && prev != Level.ITEM && prev != Level.SUBITEM) {
      pos = m.end();
      return new Step(Level.PARAGRAPH, "", numStr(m.group(1)));
    }
    m = ITEM.matcher(s).region(pos, s.length());
    if (m.lookingAt() && prev != Level.ITEM && prev != Level.SUBITEM && prev != Level.APPENDIX) {
      String num = numStr(m.group(1));
      pos = m.end();
      Matcher b = BRANCH_TAIL.matcher(s).region(pos, s.length());
      while (b.lookingAt()) {
        num += "_" + numStr(b.group(1));
        pos = b.end();
        b = BRANCH_TAIL.matcher(s).region(pos, s.length());
      }
      return new Step(Level.ITEM, "", num);
    }
    if (prev == Level.APPENDIX) {
      m = ITEM.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        // 別表第一第百二十五号, 別表第五第八号の二: a numbered entry of an appendix, kept as an item.
        pos = m.end();
        String num = numStr(m.group(1));
        Matcher b = BRANCH_TAIL.matcher(s).region(pos, s.length());
        while (b.lookingAt()) {
          num += "_" + numStr(b.group(1));
          pos = b.end();
          b = BRANCH_TAIL.matcher(s).region(pos, s.length());
        }
        return new Step(Level.ITEM, "", num);
      }
    }
    if (prev == Level.ITEM || prev == Level.SUBITEM) return subitem();
    return null;
  }

  /** イ, ロ … or （１）, （ｉ） at pos. */
  private Step subitem() {
    Matcher m;
    {
      if (pos < s.length() && IROHA.indexOf(s.charAt(pos)) >= 0
          && (pos + 1 >= s.length() || IROHA.indexOf(s.charAt(pos + 1)) < 0 && !isKatakana(s.charAt(pos + 1)))) {
        int n = IROHA.indexOf(s.charAt(pos)) + 1;
        pos++;
        return new Step(Level.SUBITEM, "", String.valueOf(n));
      }
      m = PAREN_SUBITEM.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        String raw = m.group(1);
        OptionalInt v = Numerals.parse(raw);
        int n = v.isPresent() ? v.getAsInt() : roman(raw);
        if (n > 0) {
          pos = m.end();
          return new Step(Level.SUBITEM, "", n + (m.group(2) == null ? "" : "_" + numStr(m.group(2))));
        }
      }
    }
    return null;
  }

  private boolean rowFollowsAt(int at) {
    Matcher r = ROW.matcher(s).region(at, s.length());
    return r.lookingAt() && !r.group(1).contains("の表");
  }

  private boolean rowFollows(int at) {
    return s.startsWith("の項", at);
  }

  /** Parts after the steps: の見出し, ただし書, 各号列記以外の部分, の表 …の項, （見出しを含む。）. */
  private Target suffixes(Target t, int start) {
    Part part = Part.WHOLE;
    if (!peek("各号列記以外の部分") && eat("各号")) {
      // 同項各号: every item of the provision.
      List<Step> st = new ArrayList<>(t.steps());
      st.add(new Step(Level.ITEM, "", "*"));
      t = t.withSteps(st);
    }
    if (eat("（見出しを含む。）")) part = Part.WITH_CAPTION;
    if (eat("の見出し及び項番号")) part = Part.HEADING_AND_NUMBER;
    else if (eat("の前の見出し")) part = Part.CAPTION;
    else if (eat("の見出し")) part = Part.CAPTION;
    else if (eat("ただし書")) part = Part.PROVISO;
    else if (eat("各号列記以外の部分") || eat("柱書") || eat("本文")) part = Part.MAIN_TEXT;
    else if (eat("前段")) part = Part.FIRST_HALF;
    else if (eat("後段")) part = Part.SECOND_HALF;
    else if (eat("の章名") || eat("の節名") || eat("の款名") || eat("の目名") || eat("の編名")) part = Part.STRUCTURE_TITLE;
    if (part == Part.WHOLE && t.lastLevel() == Level.APPENDIX) {
      Target row = rowAt(new Target(t.steps(), Part.TABLE, null, null, t.text()));
      if (row != null) return finish(row, start);
      Matcher c = COLUMN.matcher(s).region(pos, s.length());
      if (c.lookingAt()) {
        // 別表第三の文書名の欄: a column of the whole table.
        pos = c.end();
        return finish(new Target(t.steps(), Part.TABLE, null, null, t.text()), start);
      }
    }
    if (part == Part.WHOLE && eat("の表")) {
      return tableSuffix(new Target(t.steps(), Part.TABLE, null, null, t.text()), start);
    }
    return finish(new Target(t.steps(), part, null, null, t.text()), start);
  }

  private Target tableSuffix(Target t, int start) {
    Target row = rowAt(t);
    return finish(row == null ? t : row, start);
  }

  /** Items and columns after a row already named (同項第六号 after 別表第一農地法…の項). */
  private Target rowTail(Target row, int start) {
    StringBuilder more = new StringBuilder();
    while (true) {
      Matcher c = COLUMN.matcher(s).region(pos, s.length());
      if (c.lookingAt()) {
        more.append(c.group());
        pos = c.end();
        continue;
      }
      Matcher i = ITEM.matcher(s).region(pos, s.length());
      if (i.lookingAt()) {
        more.append(i.group());
        pos = i.end();
        continue;
      }
      break;
    }
    return new Target(row.steps(), Part.TABLE, row.row(), null, s.substring(start, pos));
  }

  /** A table row named by its first cell: 別表第一の五十九の項, の表第六条第四号の項 (then 第二号, 第三欄). */
  private Target rowAt(Target t) {
    Matcher r = ROW.matcher(s).region(pos, s.length());
    if (!r.lookingAt()) return null;
    String label = r.group(1);
    if (label.contains("の表") || label.startsWith("次")) return null;
    label = label.replaceFirst("^の", "");
    pos = r.end();
    StringBuilder more = new StringBuilder();
    while (true) {
      Matcher c = COLUMN.matcher(s).region(pos, s.length());
      if (c.lookingAt()) {
        more.append(c.group());
        pos = c.end();
        continue;
      }
      Matcher i = ITEM.matcher(s).region(pos, s.length());
      if (s.startsWith("の", pos)) i = ITEM.matcher(s).region(pos + 1, s.length());
      if (i.lookingAt()) {
        more.append(i.group());
        pos = i.end();
        continue;
      }
      if (more.length() > 0 && subitem() != null) continue;
      int save = pos;
      if (eat("及び")) {
        Matcher r2 = ROW.matcher(s).region(pos, s.length());
        if (r2.lookingAt() && !r2.group(1).contains("の表")) {
          label = label + "\n" + r2.group(1);
          pos = r2.end();
          continue;
        }
        pos = save;
      }
      break;
    }
    return new Target(t.steps(), Part.TABLE, label, null, t.text() + label + "の項" + more);
  }

  private Target finish(Target t, int start) {
    return new Target(t.steps(), t.part(), t.row(), t.rangeTo(), s.substring(start, pos));
  }

  // ---------------------------------------------------------------- lexing

  /** A quoted string with nested 「」, or null (pos unchanged). */
  private String quote() {
    if (!peek("「")) return null;
    int depth = 0;
    int balanced = -1;
    for (int i = pos; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '「') depth++;
      else if (c == '」' && --depth == 0) {
        balanced = i;
        break;
      }
    }
    if (balancedFirst && balanced >= 0 && AFTER_QUOTE.matcher(s).region(balanced + 1, s.length()).lookingAt()) {
      return take(balanced);
    }
    // Quoted text may hold an unbalanced bracket (「「建ぺい率関係規定」 quotes a fragment): the
    // closing bracket is the first one that the grammar can continue from.
    for (int i = s.indexOf('」', pos + 1); i >= 0; i = s.indexOf('」', i + 1)) {
      if (AFTER_QUOTE.matcher(s).region(i + 1, s.length()).lookingAt()) return take(i);
    }
    return balanced >= 0 ? take(balanced) : null;
  }

  private static final Pattern AFTER_QUOTE = Pattern.compile(
      "(?:を「|を、「|を削[りる]|に改め|と改め|に、「|の(?:下|上|次|前|後)に「|を加え|を付[しす]|及び「|、「|に見出し)");

  private String take(int close) {
    String q = s.substring(pos + 1, close);
    pos = close + 1;
    return q;
  }

  private boolean peek(String t) {
    return s.startsWith(t, pos);
  }

  private boolean eat(String t) {
    if (s.startsWith(t, pos)) {
      pos += t.length();
      return true;
    }
    return false;
  }

  private static boolean isKatakana(char c) {
    return c >= 'ァ' && c <= 'ヺ' || c == 'ー';
  }

  private static int roman(String r) {
    String[] rs = {"ｉ", "ｉｉ", "ｉｉｉ", "ｉｖ", "ｖ", "ｖｉ", "ｖｉｉ", "ｖｉｉｉ", "ｉｘ", "ｘ"};
    for (int i = 0; i < rs.length; i++) if (rs[i].equals(r)) return i + 1;
    return -1;
  }

  static int number(String kanji) {
    OptionalInt v = Numerals.parse(kanji);
    if (v.isEmpty()) throw new IllegalArgumentException("not a number: " + kanji);
    return v.getAsInt();
  }

  private static String numStr(String branch) {
    return Numerals.parseBranch(branch).orElseThrow(() -> new IllegalArgumentException("not a number: " + branch));
  }
}
