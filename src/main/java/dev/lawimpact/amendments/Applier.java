package dev.lawimpact.amendments;

import dev.lawimpact.amendments.ApplyFailure.Kind;
import dev.lawimpact.amendments.Target.Level;
import dev.lawimpact.amendments.Target.Part;
import dev.lawimpact.amendments.Target.Step;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Item;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies operations to a law, one at a time, each on the tree the previous one produced. An
 * operation that cannot be applied exactly leaves the tree as it was and becomes an
 * {@link ApplyFailure}; nothing is guessed.
 */
final class Applier {

  /** What happens when a quoted string occurs more than once in the scope. */
  enum Occurrences {
    /** 法制執務 practice: 「A」を「B」に改める changes every A in the named provision. */
    ALL,
    /** Refuse unless the string identifies exactly one place. */
    EXACTLY_ONE
  }

  private final Occurrences policy;
  private Law law;
  private final List<ApplyFailure> failures = new ArrayList<>();
  private final Map<String, int[]> perType = new HashMap<>();
  private Deque<Node> content = new ArrayDeque<>();

  Applier(Law base, Occurrences policy) {
    this.law = base;
    this.policy = policy;
  }

  Law law() {
    return law;
  }

  List<ApplyFailure> failures() {
    return failures;
  }

  /** Applies one sentence's operations; newProvisions is its NewProvision content in order. */
  void applySentence(ParsedSentence sentence, List<Node> newProvisions) {
    content = new ArrayDeque<>(newProvisions);
    editedRows.clear();
    if (!sentence.problems().isEmpty()) {
      var p = sentence.problems().get(0);
      failures.add(new ApplyFailure(Kind.NOT_PARSED, sentence.index(), p.position(), sentence.text().length(),
          "", "not understood from position " + p.position() + ": " + p.remainder()));
    }
    List<Operation> ops = sentence.operations();
    for (int i = 0; i < ops.size(); ) {
      Operation op = ops.get(i);
      List<Target> scope = textScope(op);
      if (scope != null) {
        // 「A」を「B」に、「C」を「D」に改める: the pairs of one clause are found in the text as it
        // was before the clause, so B never becomes a C to be replaced again.
        int j = i + 1;
        while (j < ops.size() && ops.get(j).end() == op.end() && scope.equals(textScope(ops.get(j)))) j++;
        applyTextBatch(scope, ops.subList(i, j));
        i = j;
        continue;
      }
      Law before = law;
      pendingRows.clear();
      try {
        apply(op);
        editedRows.putAll(pendingRows);
      } catch (Refused r) {
        law = before;
        failures.add(new ApplyFailure(r.kind, op.sentence(), op.start(), op.end(), op.type(), r.getMessage()));
      }
      i++;
    }
  }

  private static List<Target> textScope(Operation op) {
    if (op instanceof Operation.ReplaceText r) return r.scope();
    if (op instanceof Operation.DeleteText d) return d.scope();
    if (op instanceof Operation.InsertText t) return t.scope();
    return null;
  }

  private static String needle(Operation op) {
    if (op instanceof Operation.ReplaceText r) return r.from();
    if (op instanceof Operation.DeleteText d) return d.text();
    return ((Operation.InsertText) op).anchor();
  }

  private static String replacement(Operation op) {
    if (op instanceof Operation.ReplaceText r) return r.to();
    if (op instanceof Operation.DeleteText d) return "";
    Operation.InsertText t = (Operation.InsertText) op;
    return t.before() ? t.text() + t.anchor() : t.anchor() + t.text();
  }

  /**
   * One left-to-right pass over a string that replaces, at each position, the first of the
   * clause's quoted strings found there (the longest when several start at the same place).
   * counts[k] tallies the places op k took.
   */
  private static String scan(String x, List<Operation> ops, int[] counts) {
    if (x == null || x.isEmpty()) return x;
    StringBuilder sb = null;
    int i = 0;
    int copied = 0;
    while (i < x.length()) {
      int best = -1;
      int bestLen = 0;
      for (int k = 0; k < ops.size(); k++) {
        String n = needle(ops.get(k));
        if (n.length() > bestLen && x.startsWith(n, i)) {
          best = k;
          bestLen = n.length();
        }
      }
      if (best < 0) {
        i++;
        continue;
      }
      counts[best]++;
      if (sb == null) sb = new StringBuilder(x.length() + 16);
      sb.append(x, copied, i).append(replacement(ops.get(best)));
      i += bestLen;
      copied = i;
    }
    if (sb == null) return x;
    sb.append(x, copied, x.length());
    return sb.toString();
  }

  private void applyTextBatch(List<Target> scope, List<Operation> batch) {
    List<Operation> live = new ArrayList<>(batch);
    while (!live.isEmpty()) {
      Law before = law;
      pendingRows.clear();
      List<Operation> current = List.copyOf(live);
      try {
        int[] counts = textEdit(scope, current);
        List<Operation> bad = new ArrayList<>();
        for (int k = 0; k < current.size(); k++) {
          Operation op = current.get(k);
          if (counts[k] == 0) {
            bad.add(op);
            failures.add(new ApplyFailure(Kind.TEXT_NOT_FOUND, op.sentence(), op.start(), op.end(), op.type(),
                "「" + needle(op) + "」 does not occur in " + scopeText(scope)));
          } else if (counts[k] < 0 && policy == Occurrences.EXACTLY_ONE) {
            bad.add(op);
            failures.add(new ApplyFailure(Kind.TEXT_AMBIGUOUS, op.sentence(), op.start(), op.end(), op.type(),
                "「" + needle(op) + "」 occurs " + (-counts[k]) + " times in " + scopeText(scope)));
          }
        }
        if (bad.isEmpty()) {
          editedRows.putAll(pendingRows);
          return;
        }
        law = before;
        live.removeAll(bad);
      } catch (Refused r) {
        law = before;
        for (Operation op : current) {
          failures.add(new ApplyFailure(r.kind, op.sentence(), op.start(), op.end(), op.type(), r.getMessage()));
        }
        return;
      }
    }
  }

  private static String scopeText(List<Target> scope) {
    return String.join("、", scope.stream().map(Target::text).toList());
  }

  private static final class Refused extends RuntimeException {
    final Kind kind;

    Refused(Kind kind, String msg) {
      super(msg, null, false, false);
      this.kind = kind;
    }
  }

  private void apply(Operation op) {
    if (op instanceof Operation.DeleteProvisions d) {
      for (Target t : d.targets()) {
        if (t.row() != null) deleteRows(t);
        else for (ProvisionPath p : expand(t)) remove(p);
      }
    } else if (op instanceof Operation.ReplaceProvisions r) {
      replaceProvisions(r);
    } else if (op instanceof Operation.InsertProvisions i) {
      insert(i);
    } else if (op instanceof Operation.Renumber r) {
      renumber(r);
    } else if (op instanceof Operation.Shift s) {
      shift(s);
    } else if (op instanceof Operation.SetCaption c) {
      ProvisionPath p = locate(c.target());
      Node n = find(p);
      Node updated = TreeEdit.withCaption(n, c.caption());
      if (c.target().part() == Part.HEADING_AND_NUMBER) updated = TreeEdit.withTitle(updated, "");
      Node u = updated;
      setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, p, x -> u)));
    } else if (op instanceof Operation.TableForm t) {
      throw new Refused(Kind.UNSUPPORTED, "table-form amendment (新旧対照表方式): the table is not machine-readable here");
    } else if (op instanceof Operation.Elided e) {
      throw new Refused(Kind.UNSUPPORTED, "the amendment text is elided in the source: " + e.text());
    }
  }

  private void setLaw(Law next) {
    law = next;
  }

  // ---------------------------------------------------------------- locating

  /** The path a target names; throws TARGET_NOT_FOUND when the law has no such provision. */
  private ProvisionPath locate(Target t) {
    List<Step> steps = t.steps();
    if (!steps.isEmpty() && steps.get(0).level() == Level.AMENDING_CLAUSE) {
      throw new Refused(Kind.UNSUPPORTED, "amendment of an amending provision (改正規定) of another act: " + t.text());
    }
    ProvisionPath p = ProvisionPath.of(law.meta().lawId());
    int i = 0;
    if (!steps.isEmpty() && steps.get(0).level() == Level.SUPPL) {
      SupplProvision original = law.supplProvisions().stream().filter(s -> s.amendLawNum().isEmpty()).findFirst()
          .orElseThrow(() -> new Refused(Kind.TARGET_NOT_FOUND, "the law has no original 附則"));
      p = original.path();
      i = 1;
    } else if (!steps.isEmpty() && steps.get(0).level() == Level.MAIN) {
      i = 1;
    }
    for (; i < steps.size(); i++) {
      Step s = steps.get(i);
      switch (s.level()) {
        case STRUCTURE -> { } // articles are numbered across the whole 本則; the structure is a hint
        case ARTICLE -> p = p.child(ProvisionPath.Kind.ARTICLE, s.num());
        case PARAGRAPH -> p = p.child(ProvisionPath.Kind.PARAGRAPH, s.num());
        case ITEM -> {
          if (p.last().map(x -> x.kind() == ProvisionPath.Kind.ARTICLE).orElse(false)) {
            p = p.child(ProvisionPath.Kind.PARAGRAPH, "1"); // 第十条第三号: the article's only paragraph
          }
          if (!s.num().equals("*")) p = p.child(ProvisionPath.Kind.ITEM, s.num());
        }
        case SUBITEM -> p = p.child(ProvisionPath.Kind.SUBITEM, s.num());
        case APPENDIX -> p = appendix(s, p);
        default -> throw new Refused(Kind.UNSUPPORTED, "target kind " + s.level() + " is not applied: " + t.text());
      }
    }
    if (p.isWholeLaw()) throw new Refused(Kind.UNSUPPORTED, "target is the whole law: " + t.text());
    if (find(p) == null) throw new Refused(Kind.TARGET_NOT_FOUND, "no " + t.text() + " (" + p.local() + ") in the law");
    return p;
  }

  private ProvisionPath appendix(Step s, ProvisionPath within) {
    List<Appendix> candidates = new ArrayList<>();
    if (within.isWholeLaw()) candidates.addAll(law.appendices());
    else {
      Node n = find(within);
      if (n != null) for (Node c : TreeEdit.children(n)) if (c instanceof Appendix a) candidates.add(a);
    }
    ProvisionPath.Kind kind = switch (s.unit()) {
      case "別表" -> ProvisionPath.Kind.APPDX_TABLE;
      case "様式", "別記様式" -> ProvisionPath.Kind.APPDX_STYLE;
      case "別記" -> ProvisionPath.Kind.APPDX_NOTE;
      case "書式" -> ProvisionPath.Kind.APPDX_FORMAT;
      case "別図" -> ProvisionPath.Kind.APPDX_FIG;
      default -> ProvisionPath.Kind.APPDX;
    };
    for (Appendix a : candidates) {
      var last = a.path().last().orElseThrow();
      if (last.kind() == kind && TreeEditNums.base(last.num()).equals(s.num())) return a.path();
    }
    // A title match as a fallback: 別表第一 with Num missing, 別記様式第二 filed as AppdxStyle.
    String wanted = s.unit() + (s.num().isEmpty() ? "" : "第" + ProvisionPathLabels.article(s.num()).replace("条", ""));
    for (Appendix a : candidates) if (norm(a.title()).startsWith(norm(wanted))) return a.path();
    throw new Refused(Kind.TARGET_NOT_FOUND, "no " + wanted + " in the law");
  }

  private Node find(ProvisionPath p) {
    return law.find(p).orElse(null);
  }

  /** A target with a range (第四号から第十一号まで) as the sibling paths it covers, in order. */
  private List<ProvisionPath> expand(Target t) {
    ProvisionPath first = locate(t);
    if (t.rangeTo() == null) {
      if (t.last() != null && t.last().num().equals("*")) {
        List<ProvisionPath> all = new ArrayList<>();
        for (Node c : TreeEdit.children(find(first))) if (c instanceof Item i) all.add(i.path());
        return all;
      }
      return List.of(first);
    }
    ProvisionPath parent = first.parent().orElseThrow();
    ProvisionPath.Kind kind = first.last().orElseThrow().kind();
    ProvisionPath last = parent.child(kind, t.rangeTo());
    if (kind.name().startsWith("APPDX")) {
      List<ProvisionPath> out = new ArrayList<>();
      boolean in = false;
      for (Appendix a : law.appendices()) {
        if (a.path().equals(first)) in = true;
        if (in) out.add(a.path());
        if (a.path().equals(last)) return out;
      }
      throw new Refused(Kind.TARGET_NOT_FOUND, "range end not found: " + t.text());
    }
    if (find(last) == null) throw new Refused(Kind.TARGET_NOT_FOUND, "range end not found: " + t.text());
    List<ProvisionPath> out = new ArrayList<>();
    boolean in = false;
    for (Node c : siblings(first)) {
      if (!(c instanceof Provision p)) continue;
      if (p.path().equals(first)) in = true;
      if (in) out.add(p.path());
      if (p.path().equals(last)) break;
    }
    return out;
  }

  /** The children list holding a provision (structures looked through), or the appendices. */
  private List<Node> siblings(ProvisionPath p) {
    List<Node> roots = new ArrayList<>();
    roots.add(law.mainProvision());
    roots.addAll(law.supplProvisions());
    roots.addAll(law.appendices());
    for (Node r : roots) {
      List<Node> h = holder(r, p);
      if (h != null) return h;
    }
    return new ArrayList<>(law.appendices());
  }

  private static List<Node> holder(Node n, ProvisionPath p) {
    List<Node> kids = TreeEdit.children(n);
    for (Node c : kids) if (c instanceof Provision q && q.path().equals(p)) return kids;
    for (Node c : kids) {
      if (c instanceof Structure || (c instanceof Provision q && p.isWithin(q.path()))) {
        List<Node> h = holder(c, p);
        if (h != null) return h;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- text edits

  /**
   * Applies the batch in every scope. Returns per op the fewest places it took in any one scope
   * (0: missing from a scope it was meant for) or, when it occurs several times in some scope,
   * that count negated; each scope is judged on its own (第七条…及び第三十一条…中「A」 needs A
   * in both).
   */
  private int[] textEdit(List<Target> scope, List<Operation> ops) {
    if (scope.isEmpty()) throw new Refused(Kind.TARGET_NOT_FOUND, "no scope for 「" + needle(ops.get(0)) + "」");
    int[] min = new int[ops.size()];
    int[] max = new int[ops.size()];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (Target t : scope) {
      int[] counts = new int[ops.size()];
      law = textEditOne(t, ops, counts);
      for (int k = 0; k < counts.length; k++) {
        min[k] = Math.min(min[k], counts[k]);
        max[k] = Math.max(max[k], counts[k]);
      }
    }
    int[] out = new int[ops.size()];
    for (int k = 0; k < out.length; k++) out[k] = min[k] == 0 ? 0 : max[k] > 1 ? -max[k] : 1;
    return out;
  }

  private Law textEditOne(Target t, List<Operation> ops, int[] counts) {
    UnaryOperator<String> edit = x -> scan(x, ops, counts);
    if (!t.steps().isEmpty() && t.steps().get(0).level() == Level.TITLE) {
      String title = scan(law.meta().title(), ops, counts);
      var m = law.meta();
      var meta = new dev.lawimpact.statute.LawMeta(m.lawId(), title, m.titleKana(), m.abbreviations(), m.lawNumText(),
          m.lawNumber(), m.type(), m.era(), m.year(), m.num(), m.promulgationDate());
      return new Law(meta, law.enactStatements(), law.toc(), law.preamble(), law.mainProvision(), law.supplProvisions(), law.appendices());
    }
    if (!t.steps().isEmpty() && t.steps().get(0).level() == Level.TOC) return tocEdit(edit);
    if (!t.steps().isEmpty() && t.steps().get(0).level() == Level.MAIN && t.steps().size() == 1) {
      Structure m = (Structure) TreeEdit.mapText(law.mainProvision(), edit);
      return TreeEdit.withParts(law, m, law.supplProvisions(), law.appendices());
    }
    t = appendixEntryAsRow(t);
    List<ProvisionPath> paths = expand(t);
    Law out = law;
    for (ProvisionPath p : paths) {
      Node n = out.find(p).orElseThrow();
      Node edited = editPart(n, t, edit);
      Law next = TreeEdit.onLaw(out, root -> TreeEdit.replaceAt(root, p, x -> edited));
      if (next == out && edited != n) throw new Refused(Kind.UNSUPPORTED, "the edited " + p.local() + " could not be put back in the law");
      out = next;
    }
    return out;
  }

  private Law tocEdit(UnaryOperator<String> edit) {
    if (law.toc() == null) throw new Refused(Kind.TARGET_NOT_FOUND, "the law has no 目次");
    List<dev.lawimpact.statute.Toc.Entry> entries = new ArrayList<>();
    for (var e : law.toc().entries()) entries.add(tocEntry(e, edit));
    return new Law(law.meta(), law.enactStatements(), new dev.lawimpact.statute.Toc(law.toc().label(), entries),
        law.preamble(), law.mainProvision(), law.supplProvisions(), law.appendices());
  }

  private static dev.lawimpact.statute.Toc.Entry tocEntry(dev.lawimpact.statute.Toc.Entry e, UnaryOperator<String> edit) {
    List<dev.lawimpact.statute.Toc.Entry> kids = new ArrayList<>();
    for (var c : e.children()) kids.add(tocEntry(c, edit));
    return new dev.lawimpact.statute.Toc.Entry(e.kind(), e.num(), edit.apply(e.title()), edit.apply(e.articleRange()), kids);
  }

  static int occurrences(String text, String needle) {
    if (text == null || needle.isEmpty()) return 0;
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
    return n;
  }

  /**
   * 別表第一第百二十五号 in a 別表 that is one table whose rows begin 百二十五　…: the entry is
   * the row with that number, not an Item (used only when the 別表 has no such Item).
   */
  private Target appendixEntryAsRow(Target t) {
    List<Step> steps = t.steps();
    int a = -1;
    for (int i = 0; i < steps.size(); i++) if (steps.get(i).level() == Level.APPENDIX) a = i;
    if (a < 0 || a != steps.size() - 2 || steps.get(a + 1).level() != Level.ITEM || t.row() != null) return t;
    try {
      locate(t);
      return t;
    } catch (Refused r) {
      String num = steps.get(a + 1).num();
      String label = dev.lawimpact.numerals.Numerals.branchToKanji(num);
      return new Target(steps.subList(0, a + 1), Part.TABLE, ENTRY + label, null, t.text());
    }
  }

  /** Applies a string edit to the part of a node a target names (whole text, ただし書, a table row …). */
  private Node editPart(Node n, Target t, UnaryOperator<String> edit) {
    UnaryOperator<String> f = x -> x == null ? null : edit.apply(x);
    switch (t.part()) {
      case CAPTION -> {
        return TreeEdit.withCaption(n, f.apply(((Provision) n).caption()));
      }
      case WITH_CAPTION -> {
        Node m = TreeEdit.mapText(n, f);
        return TreeEdit.withCaption(m, f.apply(((Provision) n).caption()));
      }
      case PROVISO, MAIN_TEXT, FIRST_HALF, SECOND_HALF -> {
        Provision p = ownSentenceHolder(n);
        List<Sentence> out = new ArrayList<>();
        List<Sentence> ss = p.sentences();
        for (int i = 0; i < ss.size(); i++) {
          Sentence s = ss.get(i);
          boolean in = switch (t.part()) {
            case PROVISO -> s.function().equals("proviso");
            case FIRST_HALF -> i == 0;
            case SECOND_HALF -> i == 1;
            default -> true;
          };
          out.add(in ? new Sentence(f.apply(s.text()), s.function(), s.column()) : s);
        }
        Node edited = TreeEdit.withSentences(p, out);
        if (p == n) return edited;
        return TreeEdit.replaceAt(n, p.path(), x -> edited);
      }
      case TABLE -> {
        return mapTables(n, t.row(), f);
      }
      default -> {
        return TreeEdit.mapText(n, f);
      }
    }
  }

  /** An article's text lives in its first paragraph; ただし書 and 柱書 edits go there. */
  private static Provision ownSentenceHolder(Node n) {
    if (n instanceof Article a) {
      for (Node c : a.children()) if (c instanceof Paragraph p) return p;
    }
    return (Provision) n;
  }

  /**
   * Edits table cells under a node: every table, or the rows whose first cell names the row.
   * Row labels are read as the sentence found them: a row this sentence already edited (its label
   * may now read like another row's: 第六条第四号 → 第六条第五号) is not taken again.
   */
  private Node mapTables(Node n, String row, UnaryOperator<String> f) {
    String owner = n instanceof Provision p ? p.path().local() : "";
    int[] tableIndex = {0};
    List<String> labels = new ArrayList<>();
    if (row != null) for (String r : row.split("\n")) labels.add(r.startsWith(ENTRY) ? r : norm(r));
    return mapTablesIn(n, owner, tableIndex, row == null ? null : labels, f);
  }

  private Node mapTablesIn(Node n, String owner, int[] tableIndex, List<String> labels, UnaryOperator<String> f) {
    if (n instanceof Block.Table t) {
      int ti = tableIndex[0]++;
      if (labels == null) return TreeEdit.mapTable(t, f, null);
      List<List<Block.Cell>> rows = new ArrayList<>();
      boolean inEntry = false;
      for (int r = 0; r < t.rows().size(); r++) {
        List<Block.Cell> cells = t.rows().get(r);
        String key = owner + "#" + ti + ":" + r;
        boolean match;
        // A row is named as the sentence found it: by its first cell before this sentence's edits.
        String first = editedRows.containsKey(key) ? editedRows.get(key) : cells.isEmpty() ? "" : cells.get(0).text();
        if (!labels.isEmpty() && labels.get(0).startsWith(ENTRY)) {
          String want = labels.get(0).substring(1);
          if (ENTRY_START.matcher(first).find()) inEntry = first.startsWith(want + "　") || first.startsWith(want + " ");
          match = inEntry;
        } else {
          match = !cells.isEmpty() && rowMatches(first, labels);
        }
        if (cells.isEmpty() || !match) {
          rows.add(cells);
          continue;
        }
        List<Block.Cell> out = new ArrayList<>();
        boolean changed = false;
        for (Block.Cell c : cells) {
          String v = f.apply(c.text());
          changed |= !v.equals(c.text());
          out.add(new Block.Cell(v, c.rowspan(), c.colspan()));
        }
        if (changed && !editedRows.containsKey(key)) pendingRows.put(key, cells.get(0).text());
        rows.add(out);
      }
      return new Block.Table(t.title(), rows, t.span());
    }
    List<Node> kids = TreeEdit.children(n);
    if (kids.isEmpty()) return n;
    List<Node> out = new ArrayList<>(kids.size());
    for (Node c : kids) out.add(mapTablesIn(c, owner, tableIndex, labels, f));
    return TreeEdit.withChildren(n, out);
  }

  /** Marks a row label as a numbered 別表 entry: its row and the rows that follow up to the next entry. */
  private static final String ENTRY = "\u0001";
  private static final java.util.regex.Pattern ENTRY_START = java.util.regex.Pattern.compile("^[〇一二三四五六七八九十百千]+(の[〇一二三四五六七八九十百千]+)*[　 ]");

  /** Rows edited by earlier clauses of the current sentence, and by the clause being applied. */
  private final Map<String, String> editedRows = new HashMap<>();
  private final Map<String, String> pendingRows = new HashMap<>();

  /** A row is named by its first cell (the 項 label), or the first cells joined for a split label. */
  private static boolean rowMatches(List<Block.Cell> cells, List<String> labels) {
    return rowMatches(cells.get(0).text(), labels);
  }

  private static boolean rowMatches(String firstCell, List<String> labels) {
    String first = norm(firstCell);
    for (String l : labels) {
      if (first.equals(l)) return true;
      if (first.startsWith(l) && (first.length() == l.length() || !Character.isDigit(first.charAt(l.length())))) {
        // 別表第一の五十九の項: the first cell reads 五十九 followed by the entry's text.
        if (first.length() > l.length() && "の第号項条〇一二三四五六七八九十百千".indexOf(first.charAt(l.length())) < 0) return true;
      }
    }
    return false;
  }

  static String norm(String s) {
    return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  // ---------------------------------------------------------------- provision edits

  /** 別表第一建設業法（…）の項を削る: the rows named, from the tables under the target. */
  private void deleteRows(Target t) {
    ProvisionPath p = locate(new Target(t.steps(), Part.WHOLE, null, null, t.text()));
    List<String> labels = new ArrayList<>();
    for (String r : t.row().split("\n")) labels.add(norm(r));
    int[] removed = {0};
    Node edited = dropRows(find(p), labels, removed);
    if (removed[0] == 0) throw new Refused(Kind.TARGET_NOT_FOUND, "no row " + t.row() + " in " + t.text());
    setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, p, x -> edited)));
  }

  private static Node dropRows(Node n, List<String> labels, int[] removed) {
    if (n instanceof Block.Table t) {
      List<List<Block.Cell>> rows = new ArrayList<>();
      for (List<Block.Cell> r : t.rows()) {
        if (!r.isEmpty() && rowMatches(r, labels)) removed[0]++;
        else rows.add(r);
      }
      return new Block.Table(t.title(), rows, t.span());
    }
    List<Node> kids = TreeEdit.children(n);
    if (kids.isEmpty()) return n;
    List<Node> out = new ArrayList<>();
    for (Node c : kids) out.add(dropRows(c, labels, removed));
    return TreeEdit.withChildren(n, out);
  }

  private void remove(ProvisionPath p) {
    setLaw(TreeEdit.onLaw(law, root -> TreeEdit.editHolder(root, p, kids -> {
      List<Node> out = new ArrayList<>(kids);
      out.removeIf(c -> c instanceof Provision q && q.path().equals(p));
      return out;
    })));
    if (find(p) != null) throw new Refused(Kind.TARGET_NOT_FOUND, "could not remove " + p.local());
  }

  private List<Node> take(int count, String what) {
    List<Node> out = new ArrayList<>();
    if (count < 0) {
      out.addAll(content);
      content.clear();
    } else {
      for (int i = 0; i < count && !content.isEmpty(); i++) out.add(content.poll());
    }
    if (out.isEmpty() || (count > 0 && out.size() < count)) {
      throw new Refused(Kind.CONTENT_MISSING, "the sentence needs new provisions (" + what + ") that the amendment does not carry");
    }
    return out;
  }

  private void replaceProvisions(Operation.ReplaceProvisions r) {
    Target first = r.targets().get(0);
    if (first.part() == Part.TABLE) {
      ProvisionPath p = locate(first);
      List<Node> nodes = take(-1, "表");
      Block.Table table = nodes.stream().filter(x -> x instanceof Block.Table).map(x -> (Block.Table) x).findFirst()
          .orElseThrow(() -> new Refused(Kind.CONTENT_MISSING, "no table in the new provision"));
      boolean[] done = {false};
      Node edited = replaceTable(find(p), table, done);
      if (!done[0]) throw new Refused(Kind.TARGET_NOT_FOUND, "no table in " + first.text());
      setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, p, x -> edited)));
      return;
    }
    if (first.part() != Part.WHOLE) throw new Refused(Kind.UNSUPPORTED, "rewriting " + first.part() + " of a provision is not applied yet");
    List<ProvisionPath> paths = new ArrayList<>();
    for (Target t : r.targets()) paths.addAll(expand(t));
    List<Node> nodes = provisionsOnly(take(-1, "次のように"));
    if (nodes.size() < paths.size()) throw new Refused(Kind.CONTENT_MISSING, "fewer new provisions than targets");
    for (int i = 0; i < paths.size(); i++) {
      ProvisionPath p = paths.get(i);
      Node replacement = TreeEdit.rebase(nodes.get(i), p.parent().orElseThrow());
      setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, p, x -> replacement)));
    }
    // Extra nodes (第八号及び第九号 rewritten as three items) follow the last one replaced.
    if (nodes.size() > paths.size()) {
      insertAfter(paths.get(paths.size() - 1), nodes.subList(paths.size(), nodes.size()));
    }
  }

  private static Node replaceTable(Node n, Block.Table table, boolean[] done) {
    if (n instanceof Block.Table) {
      if (done[0]) return n;
      done[0] = true;
      return table;
    }
    List<Node> kids = TreeEdit.children(n);
    if (kids.isEmpty()) return n;
    List<Node> out = new ArrayList<>();
    for (Node c : kids) out.add(replaceTable(c, table, done));
    return TreeEdit.withChildren(n, out);
  }

  private static List<Node> provisionsOnly(List<Node> nodes) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) if (n instanceof Provision || n instanceof Structure) out.add(n);
    return out;
  }

  private void insert(Operation.InsertProvisions i) {
    List<Node> nodes = take(i.content(), "次の…を加える");
    Target anchor = i.anchor();
    if (anchor.lastLevel() == Level.STRUCTURE && i.placement() != Operation.Placement.APPEND) {
      insertNextToStructure(anchor, nodes, i.placement() == Operation.Placement.AFTER);
      return;
    }
    switch (i.placement()) {
      case AFTER -> insertAfter(locate(anchor), provisionsOnlyOrAll(nodes));
      case BEFORE -> insertBefore(locateBefore(anchor), provisionsOnlyOrAll(nodes));
      case APPEND -> append(anchor, provisionsOnlyOrAll(nodes));
    }
  }

  private static List<Node> provisionsOnlyOrAll(List<Node> nodes) {
    List<Node> p = provisionsOnly(nodes);
    return p.isEmpty() ? nodes : p;
  }

  /** 同条に第一項として: the anchor is the present 第一項, which may be unnumbered in the tree. */
  private ProvisionPath locateBefore(Target t) {
    return locate(t);
  }

  private void insertAfter(ProvisionPath anchor, List<Node> nodes) {
    ProvisionPath parent = anchor.parent().orElseThrow();
    List<Node> rebased = new ArrayList<>();
    for (Node n : nodes) rebased.add(TreeEdit.rebase(n, parent));
    checkFree(rebased);
    Law next = TreeEdit.onLaw(law, root -> TreeEdit.editHolder(root, anchor, kids -> {
      List<Node> out = new ArrayList<>();
      for (Node c : kids) {
        out.add(c);
        if (c instanceof Provision p && p.path().equals(anchor)) out.addAll(rebased);
      }
      return out;
    }));
    if (next == law) next = insertAmongAppendices(anchor, rebased, true);
    setLaw(next);
  }

  private void insertBefore(ProvisionPath anchor, List<Node> nodes) {
    ProvisionPath parent = anchor.parent().orElseThrow();
    List<Node> rebased = new ArrayList<>();
    for (Node n : nodes) rebased.add(TreeEdit.rebase(n, parent));
    checkFree(rebased);
    Law next = TreeEdit.onLaw(law, root -> TreeEdit.editHolder(root, anchor, kids -> {
      List<Node> out = new ArrayList<>();
      for (Node c : kids) {
        if (c instanceof Provision p && p.path().equals(anchor)) out.addAll(rebased);
        out.add(c);
      }
      return out;
    }));
    if (next == law) next = insertAmongAppendices(anchor, rebased, false);
    setLaw(next);
  }

  private Law insertAmongAppendices(ProvisionPath anchor, List<Node> nodes, boolean after) {
    List<Appendix> ap = new ArrayList<>();
    boolean done = false;
    for (Appendix a : law.appendices()) {
      if (!after && a.path().equals(anchor)) {
        for (Node n : nodes) if (n instanceof Appendix x) ap.add(x);
        done = true;
      }
      ap.add(a);
      if (after && a.path().equals(anchor)) {
        for (Node n : nodes) if (n instanceof Appendix x) ap.add(x);
        done = true;
      }
    }
    if (!done) throw new Refused(Kind.TARGET_NOT_FOUND, "could not insert next to " + anchor.local());
    return TreeEdit.withParts(law, law.mainProvision(), law.supplProvisions(), ap);
  }

  private void checkFree(List<Node> nodes) {
    for (Node n : nodes) {
      if (n instanceof Provision p && find(p.path()) != null) {
        throw new Refused(Kind.NUMBER_TAKEN, p.path().local() + " already exists");
      }
    }
  }

  /** 同条に次の一項を加える, 本則に次の二条を加える, 第三章に次の一節を加える: at the end of the container. */
  private void append(Target t, List<Node> nodes) {
    Level last = t.lastLevel();
    if (last == Level.MAIN || t.steps().isEmpty() || last == Level.STRUCTURE) {
      Structure main = law.mainProvision();
      Structure edited = (Structure) appendToStructure(main, t, nodes, ProvisionPath.of(law.meta().lawId()));
      if (edited == main) throw new Refused(Kind.TARGET_NOT_FOUND, "no " + t.text() + " in the law");
      setLaw(TreeEdit.withParts(law, edited, law.supplProvisions(), law.appendices()));
      return;
    }
    if (last == Level.SUPPL) {
      SupplProvision original = law.supplProvisions().stream().filter(s -> s.amendLawNum().isEmpty()).findFirst()
          .orElseThrow(() -> new Refused(Kind.TARGET_NOT_FOUND, "the law has no original 附則"));
      List<Node> rebased = new ArrayList<>();
      for (Node n : nodes) rebased.add(TreeEdit.rebase(n, original.path()));
      checkFree(rebased);
      List<Node> kids = new ArrayList<>(original.children());
      kids.addAll(rebased);
      Node e = TreeEdit.withChildren(original, kids);
      setLaw(TreeEdit.onLaw(law, root -> root == original ? e : root));
      return;
    }
    if (t.part() == Part.TABLE) throw new Refused(Kind.UNSUPPORTED, "adding rows to a table is not applied yet");
    ProvisionPath p = locate(t);
    Node container = find(p);
    List<Node> rebased = new ArrayList<>();
    for (Node n : nodes) rebased.add(TreeEdit.rebase(n, p));
    checkFree(rebased);
    List<Node> kids = new ArrayList<>(TreeEdit.children(container));
    kids.addAll(rebased);
    Node e = TreeEdit.withChildren(container, kids);
    setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, p, x -> e)));
  }

  /** 第二章の次に次の一章を加える: new 章・節 beside the named one, their articles addressed in the law. */
  private void insertNextToStructure(Target anchor, List<Node> nodes, boolean after) {
    List<Step> structs = anchor.steps().stream().filter(s -> s.level() == Level.STRUCTURE).toList();
    ProvisionPath root = ProvisionPath.of(law.meta().lawId());
    List<Node> rebased = new ArrayList<>();
    for (Node n : nodes) rebased.add(TreeEdit.rebase(n, root));
    Structure main = law.mainProvision();
    Node edited = besideStructure(main, structs, 0, rebased, after);
    if (edited == main) throw new Refused(Kind.TARGET_NOT_FOUND, "no " + anchor.text() + " in the law");
    setLaw(TreeEdit.withParts(law, (Structure) edited, law.supplProvisions(), law.appendices()));
  }

  private static Node besideStructure(Node n, List<Step> structs, int depth, List<Node> nodes, boolean after) {
    List<Node> kids = TreeEdit.children(n);
    for (int i = 0; i < kids.size(); i++) {
      if (!(kids.get(i) instanceof Structure s) || !structureMatches(s, structs.get(depth))) continue;
      List<Node> out = new ArrayList<>(kids);
      if (depth == structs.size() - 1) {
        out.addAll(after ? i + 1 : i, nodes);
      } else {
        Node e = besideStructure(s, structs, depth + 1, nodes, after);
        if (e == s) return n;
        out.set(i, e);
      }
      return TreeEdit.withChildren(n, out);
    }
    return n;
  }

  private static Node appendToStructure(Node n, Target t, List<Node> nodes, ProvisionPath parent) {
    List<Step> structs = t.steps().stream().filter(s -> s.level() == Level.STRUCTURE).toList();
    return appendInto(n, structs, 0, nodes, parent);
  }

  private static Node appendInto(Node n, List<Step> structs, int depth, List<Node> nodes, ProvisionPath parent) {
    List<Node> kids = TreeEdit.children(n);
    if (depth == structs.size()) {
      List<Node> out = new ArrayList<>(kids);
      for (Node x : nodes) out.add(TreeEdit.rebase(x, parent));
      return TreeEdit.withChildren(n, out);
    }
    Step want = structs.get(depth);
    for (int i = 0; i < kids.size(); i++) {
      if (kids.get(i) instanceof Structure s && structureMatches(s, want)) {
        List<Node> out = new ArrayList<>(kids);
        out.set(i, appendInto(s, structs, depth + 1, nodes, parent));
        return TreeEdit.withChildren(n, out);
      }
    }
    return n;
  }

  private static boolean structureMatches(Structure s, Step want) {
    String kind = switch (want.unit()) {
      case "編" -> "PART";
      case "章" -> "CHAPTER";
      case "節" -> "SECTION";
      case "款" -> "SUBSECTION";
      default -> "DIVISION";
    };
    return s.kind().name().equals(kind) && s.num().equals(want.num());
  }

  private void renumber(Operation.Renumber r) {
    if (r.from().lastLevel() == Level.STRUCTURE) {
      renumberStructure(r);
      return;
    }
    ProvisionPath from = locate(r.from());
    Step to = r.to().last();
    if (to == null || to.level() != r.from().lastLevel()) {
      throw new Refused(Kind.UNSUPPORTED, "renumbering across levels: " + r.from().text() + " → " + r.to().text());
    }
    Provision p = (Provision) find(from);
    ProvisionPath target = from.parent().orElseThrow().child(from.last().orElseThrow().kind(), to.num());
    if (!target.equals(from) && find(target) != null) {
      throw new Refused(Kind.NUMBER_TAKEN, target.local() + " already exists");
    }
    Node renumbered = TreeEdit.renumber(p, to.num());
    setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, from, x -> renumbered)));
  }

  private void renumberStructure(Operation.Renumber r) {
    Step from = r.from().last();
    Step to = r.to().last();
    Structure main = law.mainProvision();
    Node edited = mapStructures(main, s -> {
      if (!structureMatches(s, from)) return s;
      String title = s.title().replaceFirst("^第[^　\\s]+?" + from.unit(), "第" + ProvisionPathLabels.article(to.num()).replace("条", "") + from.unit());
      return new Structure(s.kind(), to.num(), title, s.deleted(), s.children(), s.span());
    });
    if (edited == main) throw new Refused(Kind.TARGET_NOT_FOUND, "no " + r.from().text());
    setLaw(TreeEdit.withParts(law, (Structure) edited, law.supplProvisions(), law.appendices()));
  }

  private static Node mapStructures(Node n, UnaryOperator<Structure> f) {
    List<Node> kids = TreeEdit.children(n);
    List<Node> out = new ArrayList<>(kids.size());
    boolean changed = false;
    for (Node c : kids) {
      Node e = c;
      if (c instanceof Structure s) {
        e = f.apply(s);
        if (e == s) e = mapStructures(s, f);
      }
      changed |= e != c;
      out.add(e);
    }
    return changed ? TreeEdit.withChildren(n, out) : n;
  }

  private void shift(Operation.Shift s) {
    List<ProvisionPath> paths = new ArrayList<>();
    for (Target t : s.targets()) paths.addAll(expand(t));
    // Move from the far end so that no intermediate number collides.
    if (s.delta() > 0) java.util.Collections.reverse(paths);
    for (ProvisionPath p : paths) {
      String num = p.last().orElseThrow().num();
      String[] parts = num.split("_", 2);
      int n = Integer.parseInt(parts[0]) + s.delta();
      if (n < 1) throw new Refused(Kind.NUMBER_TAKEN, "shift below 1: " + p.local());
      String next = n + (parts.length > 1 ? "_" + parts[1] : "");
      ProvisionPath target = p.parent().orElseThrow().child(p.last().orElseThrow().kind(), next);
      if (find(target) != null) throw new Refused(Kind.NUMBER_TAKEN, target.local() + " already exists");
      Node renumbered = TreeEdit.renumber((Provision) find(p), next);
      setLaw(TreeEdit.onLaw(law, root -> TreeEdit.replaceAt(root, p, x -> renumbered)));
    }
  }
}
