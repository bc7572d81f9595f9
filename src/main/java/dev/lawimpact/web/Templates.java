package dev.lawimpact.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The pages' type-checked templates, in src/main/resources/templates/web/. Each page gets the
 * layout's {@link Frame} and its own view model; expressions are validated at build time.
 */
@CheckedTemplate(basePath = "web")
public final class Templates {
  private Templates() {}

  public static native TemplateInstance search(Frame frame, SearchPage page);

  public static native TemplateInstance law(Frame frame, LawPage page);

  public static native TemplateInstance impact(Frame frame, ImpactPage page);

  public static native TemplateInstance amend(Frame frame, AmendPage page);

  public static native TemplateInstance progress(Frame frame, Progress progress);

  public static native TemplateInstance error(Frame frame, ErrorPage error);

  /** First index build: laws done of total (total 0 while unknown), or why there is no index. */
  public record Progress(boolean failed, String message, int done, int total, int percent) {}

  public record ErrorPage(int status, String title, String detail) {}
}
