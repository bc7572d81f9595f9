package dev.lawimpact.citations.refs;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/** Where a mention points: a list of provisions (or whole laws), or why it cannot be said. */
public sealed interface Resolution {

  /**
   * targets: reader-style paths, in written order, a range or 前各項 expanded to every member.
   * junyo: the targets are applied mutatis mutandis (…の規定は、…について準用する / 準用する第…条).
   * yomikae: the targets are read with replaced words (第…条中「…」とあるのは / 読み替えて適用する第…条).
   * checked: every target was found in the law tree (false for other laws, whose trees are not at hand).
   */
  record Resolved(List<ProvisionPath> targets, boolean junyo, boolean yomikae, boolean checked) implements Resolution {
    public Resolved {
      targets = List.copyOf(targets);
      if (targets.isEmpty()) throw new IllegalArgumentException("no targets");
    }

    Resolved flags(boolean junyo, boolean yomikae) {
      return new Resolved(targets, junyo, yomikae, checked);
    }
  }

  record Unresolved(Reason reason, String detail) implements Resolution {
    public Unresolved {
      if (reason == null) throw new IllegalArgumentException("reason required");
      detail = detail == null ? "" : detail;
    }
  }
}
