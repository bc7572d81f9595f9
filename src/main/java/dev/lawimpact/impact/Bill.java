package dev.lawimpact.impact;

import dev.lawimpact.statute.Law;
import java.util.List;

/**
 * A draft bill ready for analysis: its title, the text analysed (Japanese or English), the input
 * language and format, the statute tree when the bill came as e-Gov XML (null otherwise), and
 * what the reader noticed.
 */
public record Bill(String title, String text, String language, String format, Law law,
    List<ImpactReport.Diagnostic> diagnostics) {

  public Bill {
    title = title == null ? "" : title;
    diagnostics = List.copyOf(diagnostics);
  }
}
