package dev.lawimpact.api;

import dev.lawimpact.drafts.Views.AuditEvent;
import java.util.List;

/** RFC 4180 CSV of audit events; cells that a spreadsheet would run as a formula are prefixed with '. */
public final class AuditCsv {
  private AuditCsv() {}

  public static String format(List<AuditEvent> events) {
    StringBuilder sb = new StringBuilder("seq,at,actor,action,draft,detail,remote\r\n");
    for (AuditEvent e : events) {
      sb.append(e.seq()).append(',').append(e.at()).append(',').append(cell(e.actor())).append(',')
          .append(cell(e.action())).append(',').append(cell(e.draftId())).append(',').append(cell(e.detail()))
          .append(',').append(cell(e.remote())).append("\r\n");
    }
    return sb.toString();
  }

  static String cell(String s) {
    if (s == null) return "";
    String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
