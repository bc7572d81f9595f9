package dev.lawimpact.web;

import dev.lawimpact.app.IndexManager;
import dev.lawimpact.app.IndexUnavailableException;
import dev.lawimpact.indexing.IndexBuilder;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.NotFoundException;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;

/**
 * The pages' edge: renders a template in the chosen language, and turns the domain exceptions
 * into pages (400/404 error pages, the index-build progress page with 503) instead of the JSON
 * problem bodies the REST API answers with. Anything else falls to the global mapper.
 */
public final class Html {
  private Html() {}

  public static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
  static final int PROGRESS_REFRESH_SECONDS = 3;

  public static Response ok(Lang lang, TemplateInstance page) {
    return status(200, lang, page);
  }

  public static Response status(int status, Lang lang, TemplateInstance page) {
    return Response.status(status).type(HTML).entity(page.setLocale(lang.locale()).render()).build();
  }

  /**
   * A page with its server time in a Server-Timing header (data: services, render: template), so
   * the browser's developer tools and the benchmarks see where the time goes. dataNanos: when the
   * services were called, measured by the caller from its start.
   */
  public static Response timed(Lang lang, TemplateInstance page, long startNanos, long dataDoneNanos) {
    String html = page.setLocale(lang.locale()).render();
    long end = System.nanoTime();
    return Response.ok(html, HTML)
        .header("Server-Timing", String.format(java.util.Locale.ROOT, "data;dur=%.1f, render;dur=%.1f",
            (dataDoneNanos - startNanos) / 1e6, (end - dataDoneNanos) / 1e6))
        .build();
  }

  /** Runs a page; domain exceptions become pages. back: this page's path and query, for the language switch. */
  public static Response guard(Lang lang, String back, IndexManager manager, Supplier<Response> page) {
    Msg msg = lang.msg();
    try {
      return page.get();
    } catch (IndexUnavailableException e) {
      return progress(lang, back, manager, msg);
    } catch (NotFoundException e) {
      return status(404, lang, Templates.error(Frame.of(lang, null, msg.error_not_found(), back),
          new Templates.ErrorPage(404, msg.error_not_found(), e.getMessage())));
    } catch (BadQueryException e) {
      return status(400, lang, Templates.error(Frame.of(lang, null, msg.error_bad_request(), back),
          new Templates.ErrorPage(400, msg.error_bad_request(), e.getMessage())));
    }
  }

  /** The index is not open yet: laws done of total, refreshing until the page itself can be shown. */
  static Response progress(Lang lang, String back, IndexManager manager, Msg msg) {
    IndexManager.State s = manager.state();
    boolean failed = s.status() == IndexManager.Status.FAILED;
    IndexBuilder.Progress p = s.progress();
    int done = p == null ? 0 : p.lawsDone();
    int total = p == null ? 0 : p.lawsTotal();
    int percent = total > 0 ? (int) Math.min(100, Math.round(100.0 * done / total)) : 0;
    String title = failed ? msg.progress_failed() : msg.progress_title();
    Frame frame = Frame.of(lang, null, title, back).refreshing(failed ? 30 : PROGRESS_REFRESH_SECONDS);
    TemplateInstance t = Templates.progress(frame, new Templates.Progress(failed, s.message(), done, total, percent));
    Response r = status(503, lang, t);
    return Response.fromResponse(r).header("Retry-After", String.valueOf(PROGRESS_REFRESH_SECONDS)).build();
  }

  /** This page's path and query, for coming back after switching the language. */
  public static String back(UriInfo uri) {
    String query = uri.getRequestUri().getRawQuery();
    if (query != null) {
      // The page's own ?lang= would override the language just chosen.
      query = String.join("&", java.util.Arrays.stream(query.split("&")).filter(x -> !x.startsWith("lang=")).toList());
    }
    return uri.getRequestUri().getRawPath() + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}
