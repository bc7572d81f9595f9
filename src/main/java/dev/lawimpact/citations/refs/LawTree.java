package dev.lawimpact.citations.refs;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Provision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which addresses a law has and in what order, for existence checks, 前条/次項 and ranges. Immutable. */
final class LawTree {
  private final LawId lawId;
  private final Set<ProvisionPath> all;
  private final Map<ProvisionPath, List<ProvisionPath>> children;

  private LawTree(LawId lawId, Set<ProvisionPath> all, Map<ProvisionPath, List<ProvisionPath>> children) {
    this.lawId = lawId;
    this.all = all;
    this.children = children;
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
    return new LawTree(law.meta().lawId(), Set.copyOf(all), Map.copyOf(frozen));
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
