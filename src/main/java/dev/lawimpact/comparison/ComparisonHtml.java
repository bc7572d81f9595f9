package dev.lawimpact.comparison;

import dev.lawimpact.search.HtmlEscape;
import java.util.List;

/**
 * A printable 新旧対照表 page: A4 landscape, 改正後 on the left and 改正前 on the right as in
 * official tables, changed spans underlined (傍線), unchanged lines as (略). Self-contained HTML
 * (no scripts, no external assets) so it prints and archives as is.
 */
public final class ComparisonHtml {

  private static final String CSS = """
      @page { size: A4 landscape; margin: 12mm; }
      body { font-family: "Noto Serif CJK JP", "Hiragino Mincho ProN", "Yu Mincho", serif; font-size: 10.5pt; margin: 0 1em; }
      h1 { font-size: 13pt; text-align: center; margin: .6em 0; }
      table.cmp { width: 100%; border-collapse: collapse; table-layout: fixed; }
      table.cmp th, table.cmp td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; }
      table.cmp th { font-weight: normal; text-align: center; }
      table.cmp tr { page-break-inside: avoid; }
      .row-label { background: #f3f3f3; font-size: 9.5pt; }
      p.line { margin: 0 0 .25em 0; white-space: pre-wrap; }
      p.elided { text-align: left; }
      u.chg { text-decoration: underline; text-underline-offset: 2px; }
      ul.notes { font-size: 9.5pt; }
      @media print { .noprint { display: none; } }
      """;

  public String render(ComparisonTable t, List<String> notes) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(t.title())).append(" 新旧対照表</title><style>").append(CSS).append("</style></head><body>\n");
    sb.append("<h1>").append(esc(t.title())).append("　新旧対照表</h1>\n");
    if (!notes.isEmpty()) {
      sb.append("<ul class=\"notes\">");
      for (String n : notes) sb.append("<li>").append(esc(n)).append("</li>");
      sb.append("</ul>\n");
    }
    sb.append("<p class=\"noprint\">（傍線部分は改正部分）</p>\n");
    sb.append("<table class=\"cmp\"><colgroup><col style=\"width:50%\"><col style=\"width:50%\"></colgroup>\n");
    sb.append("<thead><tr><th>改正後</th><th>改正前</th></tr></thead><tbody>\n");
    if (t.rows().isEmpty()) sb.append("<tr><td colspan=\"2\">変更はない。</td></tr>\n");
    for (ComparisonTable.Row r : t.rows()) {
      sb.append("<tr class=\"row-label\"><td colspan=\"2\" id=\"").append(esc(r.path())).append("\">")
          .append(esc(r.label())).append(r.change().equals("added") ? "（新設）" : r.change().equals("deleted") ? "（削除）" : "")
          .append("</td></tr>\n<tr><td>");
      lines(sb, r.amended(), "（削る）");
      sb.append("</td><td>");
      lines(sb, r.current(), "（新設）");
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n</body></html>\n");
    return sb.toString();
  }

  private static void lines(StringBuilder sb, List<ComparisonTable.Line> lines, String whenEmpty) {
    if (lines.isEmpty()) {
      sb.append("<p class=\"line\">").append(whenEmpty).append("</p>");
      return;
    }
    for (ComparisonTable.Line l : lines) {
      sb.append(l.elided() ? "<p class=\"line elided\">" : "<p class=\"line\">");
      int at = 0;
      String text = l.text();
      for (ComparisonTable.Mark m : l.marks()) {
        sb.append(esc(text.substring(at, m.start())));
        sb.append("<u class=\"chg\">").append(esc(text.substring(m.start(), m.end()))).append("</u>");
        at = m.end();
      }
      sb.append(esc(text.substring(at))).append("</p>");
    }
  }

  static String esc(String s) {
    return HtmlEscape.text(s == null ? "" : s);
  }

}
