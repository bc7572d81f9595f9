package dev.lawimpact.citations.refs;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Structure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which addresses a law has and in what order, for existence checks, 前条/次項 and ranges; and the
 * 編・章・節・款・目 of its 本則 with their member articles (structures have no address of their own,
 * so 第三章第二節 resolves to its articles). Immutable.
 *
 * <p>A structure key is its levels from the top, each the level character and the e-Gov Num:
 * {@code 章3/節2}, {@code 編1/章4_2}.
 */
final class LawTree {
  private final LawId lawId;
  private final Set<ProvisionPath> all;
  private final Map<ProvisionPath, List<ProvisionPath>> children;
  private final Map<String, List<ProvisionPath>> structureArticles;
  private final Map<String, List<String>> structureChildren;
  private final Map<ProvisionPath, String> articleStructure;

  private LawTree(LawId lawId, Set<ProvisionPath> all, Map<ProvisionPath, List<ProvisionPath>> children,
      Map<String, List<ProvisionPath>> structureArticles, Map<String, List<String>> structureChildren,
      Map<ProvisionPath, String> articleStructure) {
    this.lawId = lawId;
    this.all = all;
    this.children = children;
    this.structureArticles = structureArticles;
    this.structureChildren = structureChildren;
    this.articleStructure = articleStructure;
  }

  static LawTree of(Law law) {
    Set<ProvisionPath> all = new HashSet<>();
    Map<ProvisionPath, List<ProvisionPath>> kids = new HashMap<>();
    law.forEachProvision((Provision p) -> {
      ProvisionPath path = p.path();
      all.add(path);
      kids.computeIfAbsent(path.parent().orElseThrow(), k -> new ArrayList<>()).add(path);
    });
    Map<ProvisionPath, List<ProvisionPath>> frozen = new HashMap<>();
    kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, List<ProvisionPath>> articles = new HashMap<>();
    Map<String, List<String>> sub = new HashMap<>();
    Map<ProvisionPath, String> where = new HashMap<>();
    if (law.mainProvision() != null) walk(law.mainProvision(), "", articles, sub, where);
    Map<String, List<ProvisionPath>> fa = new HashMap<>();
    articles.forEach((k, v) -> fa.put(k, List.copyOf(v)));
    Map<String, List<String>> fs = new HashMap<>();
    sub.forEach((k, v) -> fs.put(k, List.copyOf(v)));
    return new LawTree(law.meta().lawId(), Set.copyOf(all), Map.copyOf(frozen), Map.copyOf(fa), Map.copyOf(fs), Map.copyOf(where));
  }

  private static void walk(Node n, String key, Map<String, List<ProvisionPath>> articles, Map<String, List<String>> sub,
      Map<ProvisionPath, String> where) {
    if (n instanceof Article a) {
      where.put(a.path(), key);
      for (String k = key; !k.isEmpty(); k = parentKey(k)) articles.computeIfAbsent(k, x -> new ArrayList<>()).add(a.path());
      return;
    }
    if (!(n instanceof Structure s)) return;
    String level = levelChar(s.kind());
    String next = key;
    if (level != null) {
      next = key.isEmpty() ? level + s.num() : key + "/" + level + s.num();
      sub.computeIfAbsent(key, x -> new ArrayList<>()).add(next);
    }
    for (Node c : s.children()) walk(c, next, articles, sub, where);
  }

  private static String levelChar(Structure.Kind k) {
    return switch (k) {
      case PART -> "編";
      case CHAPTER -> "章";
      case SECTION -> "節";
      case SUBSECTION -> "款";
      case DIVISION -> "目";
      default -> null;
    };
  }

  static String parentKey(String key) {
    int i = key.lastIndexOf('/');
    return i < 0 ? "" : key.substring(0, i);
  }

  /** The member articles of a structure, in document order; empty when the law has no such structure. */
  List<ProvisionPath> structureArticles(String key) {
    return structureArticles.getOrDefault(key, List.of());
  }

  /** The structures directly under a key ("" = the 本則), in document order. */
  List<String> structureChildren(String key) {
    return structureChildren.getOrDefault(key, List.of());
  }

  /** The key of the innermost structure an article sits in ("" for none or not an article of the 本則). */
  String structureOf(ProvisionPath article) {
    return articleStructure.getOrDefault(article, "");
  }

  LawId lawId() {
    return lawId;
  }

  boolean covers(ProvisionPath p) {
    return p.lawId().equals(lawId);
  }

  /** A whole law always exists; other laws are not checked (true); in this law, the path must be in the tree. */
  boolean exists(ProvisionPath p) {
    return !covers(p) || p.isWholeLaw() || all.contains(p) || resolveRange(p) != null;
  }

  /** The path as the tree has it: itself, or a deleted article range a10:11 that covers a10. */
  ProvisionPath canonical(ProvisionPath p) {
    if (!covers(p) || p.isWholeLaw() || all.contains(p)) return p;
    ProvisionPath r = resolveRange(p);
    return r != null ? r : p;
  }

  private ProvisionPath resolveRange(ProvisionPath p) {
    var last = p.last().orElseThrow();
    if (last.kind() != Kind.ARTICLE || !last.num().matches("[0-9]+")) return null;
    int n = Integer.parseInt(last.num());
    for (ProvisionPath s : children.getOrDefault(p.parent().orElseThrow(), List.of())) {
      var sl = s.last().orElseThrow();
      if (sl.kind() != Kind.ARTICLE) continue;
      String num = sl.num();
      int colon = num.indexOf(':');
      if (colon < 0 || !num.matches("[0-9]+:[0-9]+")) continue;
      int a = Integer.parseInt(num.substring(0, colon));
      int b = Integer.parseInt(num.substring(colon + 1));
      if (a <= n && n <= b) return s;
    }
    return null;
  }

  /** The siblings of the same kind as p (including p), in document order; empty if p's parent is unknown. */
  List<ProvisionPath> siblings(ProvisionPath p) {
    Kind k = p.last().orElseThrow().kind();
    List<ProvisionPath> out = new ArrayList<>();
    for (ProvisionPath s : children.getOrDefault(p.parent().orElseThrow(), List.of())) {
      if (s.last().orElseThrow().kind() == k) out.add(s);
    }
    return out;
  }

  /** The children of parent of the given kind, in document order. */
  List<ProvisionPath> children(ProvisionPath parent, Kind kind) {
    List<ProvisionPath> out = new ArrayList<>();
    for (ProvisionPath s : children.getOrDefault(parent, List.of())) {
      if (s.last().orElseThrow().kind() == kind) out.add(s);
    }
    return out;
  }
}
