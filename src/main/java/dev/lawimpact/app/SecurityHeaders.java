package dev.lawimpact.app;

import dev.lawimpact.drafts.DraftsConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response (pages, REST, static files, errors), set just before the headers
 * go out and only where a handler has not chosen its own. Scripts only from this origin: no inline
 * script anywhere (inline styles stay allowed). Swagger UI is left without a CSP because it runs inline
 * scripts. The draft workspace paths also get Cache-Control: no-store and a request size limit checked
 * before the body is read.
 */
@ApplicationScoped
public class SecurityHeaders {

  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  void register(@Observes Filters filters, DraftsConfig drafts) {
    // UTF-8 JSON may escape every character as \\uXXXX (6 bytes) plus the envelope.
    long maxBody = 6L * drafts.maxContentChars() + 64 * 1024;
    filters.register(rc -> handle(rc, maxBody), 100);
  }

  static boolean workspace(String path) {
    return path.equals("/drafts") || path.startsWith("/drafts/") || path.startsWith("/api/drafts")
        || path.startsWith("/api/audit") || path.startsWith("/api/admin/") || path.equals("/api/me") || path.startsWith("/api/me/");
  }

  private static void handle(RoutingContext rc, long maxBody) {
    String path = rc.normalizedPath();
    boolean ws = workspace(path);
    boolean swagger = path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui");
    boolean tls = rc.request().isSSL();
    rc.addHeadersEndHandler(v -> {
      MultiMap h = rc.response().headers();
      setIfAbsent(h, "X-Content-Type-Options", "nosniff");
      setIfAbsent(h, "Referrer-Policy", "same-origin");
      setIfAbsent(h, "X-Frame-Options", "DENY");
      if (!swagger) setIfAbsent(h, "Content-Security-Policy", CSP);
      if (tls) setIfAbsent(h, "Strict-Transport-Security", "max-age=31536000");
      if (ws) h.set("Cache-Control", "no-store");
    });
    if (ws) {
      String len = rc.request().getHeader("Content-Length");
      long n;
      try {
        n = len == null ? -1 : Long.parseLong(len.trim());
      } catch (NumberFormatException e) {
        n = Long.MAX_VALUE;
      }
      if (n > maxBody) {
        rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
            .putHeader("Connection", "close")
            .end("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"request body larger than " + maxBody + " bytes\"}");
        return;
      }
    }
    rc.next();
  }

  private static void setIfAbsent(MultiMap h, String name, String value) {
    if (!h.contains(name)) h.set(name, value);
  }
}
