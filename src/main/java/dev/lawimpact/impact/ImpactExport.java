package dev.lawimpact.impact;

import dev.lawimpact.impact.ImpactReport.Constraint;
import dev.lawimpact.impact.ImpactReport.Evidence;
import dev.lawimpact.impact.ImpactReport.LawImpact;
import dev.lawimpact.impact.ImpactReport.Reason;

/** The report as downloadable files: CSV (one row per evidence provision) and Markdown. */
public final class ImpactExport {

  private ImpactExport() {}

  /** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the Japanese correctly. */
  public static String csv(ImpactReport r) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    sb.append("rank,law_id,law_num,title,score,reason,measure,explanation,provision_path,provision_label,snippet\r\n");
    for (LawImpact l : r.laws()) {
      for (Reason x : l.reasons()) {
        for (Evidence e : x.provisions()) {
          row(sb, String.valueOf(l.rank()), l.lawId(), l.lawNum(), l.title(), String.valueOf(l.score()), x.type().name(),
              x.measure(), x.explanation(), e.lawId() + "/" + e.path(), e.label(), e.snippet());
        }
      }
    }
    for (Constraint k : r.constraints()) {
      row(sb, "", k.lawId(), "", "", String.valueOf(Math.round(k.score() * 1000) / 1000.0), "CONSTRAINT", k.measure(),
          k.explanation(), k.path(), k.label(), k.snippet());
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) sb.append(',');
      String c = cells[i] == null ? "" : cells[i];
      // a leading = + - @ would run as a formula in spreadsheet programs
      if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) c = "'" + c;
      sb.append('"').append(c.replace("\"", "\"\"")).append('"');
    }
    sb.append("\r\n");
  }

  public static String markdown(ImpactReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Impact report").append(r.title().isBlank() ? "" : ": " + md(r.title())).append("\n\n");
    sb.append("Input: ").append(r.format()).append(", ").append(r.language()).append(", ").append(r.inputLength())
        .append(" characters; analysed in ").append(r.elapsedMillis()).append(" ms.\n\n");
    if (!r.constraints().isEmpty()) {
      sb.append("## Constitutional constraints\n\n");
      for (Constraint k : r.constraints()) {
        sb.append("- **").append(md(k.label())).append("** (").append(k.measure()).append("): ").append(md(k.explanation()))
            .append("  \n  > ").append(md(k.snippet())).append('\n');
      }
      sb.append('\n');
    }
    sb.append("## Laws to amend\n\n");
    for (LawImpact l : r.laws()) {
      sb.append(l.rank()).append(". **").append(md(l.title())).append("** (").append(md(l.lawNum())).append(", ")
          .append(l.lawId()).append(") score ").append(l.score()).append('\n');
      for (Reason x : l.reasons()) {
        sb.append("   - ").append(x.type()).append(" (").append(x.measure()).append("): ").append(md(x.explanation())).append('\n');
        for (Evidence e : x.provisions()) {
          sb.append("     - ").append(md(e.label())).append(": ").append(md(e.snippet())).append('\n');
        }
      }
    }
    sb.append("\n## Measures recognised\n\n");
    for (Measure m : r.measures()) {
      sb.append("- ").append(m.id()).append(' ').append(m.type()).append(" [").append(m.start()).append(", ")
          .append(m.end()).append("): ").append(md(m.text().strip())).append('\n');
    }
    if (!r.diagnostics().isEmpty()) {
      sb.append("\n## Diagnostics\n\n");
      for (ImpactReport.Diagnostic d : r.diagnostics()) sb.append("- ").append(d.severity()).append(": ").append(md(d.message())).append('\n');
    }
    return sb.toString();
  }

  /** Markdown-significant characters escaped so statute or bill text cannot inject markup. */
  static String md(String s) {
    if (s == null) return "";
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[")
        .replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
  }
}
