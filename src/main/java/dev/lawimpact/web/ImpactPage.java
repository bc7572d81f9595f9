package dev.lawimpact.web;

import dev.lawimpact.impact.ImpactReport;

/**
 * The impact page: the form as the user filled it, and the report when there is one (null before
 * the first analysis or when the bill was refused, with the reason in error).
 */
public record ImpactPage(String text, String title, String language, String error, ImpactReport report) {

  public static ImpactPage empty() {
    return new ImpactPage("", "", "auto", null, null);
  }

  /** The law view link of an evidence provision: the law page opened at the provision. */
  public static String href(String lawId, String path) {
    return "/laws/" + lawId + (path == null || path.isEmpty() ? "" : "?at=" + path + "#" + path);
  }
}
