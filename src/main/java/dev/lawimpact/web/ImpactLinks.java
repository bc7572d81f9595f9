package dev.lawimpact.web;

import dev.lawimpact.impact.ImpactReport;
import io.quarkus.qute.TemplateExtension;

/** Law-view links for the impact report's records, as template properties ({e.href}). */
@TemplateExtension
final class ImpactLinks {
  private ImpactLinks() {}

  static String href(ImpactReport.Evidence e) {
    return ImpactPage.href(e.lawId(), e.path());
  }

  static String href(ImpactReport.Constraint k) {
    return ImpactPage.href(k.lawId(), k.path());
  }

  static String href(ImpactReport.LawImpact l) {
    return ImpactPage.href(l.lawId(), "");
  }
}
