package dev.lawimpact.api;

import dev.lawimpact.drafts.WorkspaceException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Workspace and security refusals as problem bodies. Authentication failures on the workspace pages
 * (/drafts…) redirect to the login form instead, dropping a stale session cookie.
 */
public class WorkspaceProblemMappers {

  static final String REALM = "Basic realm=\"lawimpact\", charset=\"UTF-8\"";

  @ServerExceptionMapper
  public Response workspace(WorkspaceException e, UriInfo uri) {
    int status = switch (e.kind()) {
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case BAD_INPUT -> 400;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNAVAILABLE -> 503;
    };
    String title = switch (status) {
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 503 -> "Service Unavailable";
      default -> "Bad Request";
    };
    return ProblemMappers.problem(status, title, e.getMessage(), uri);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(uri, false);
  }

  @ServerExceptionMapper
  public Response failed(AuthenticationFailedException e, UriInfo uri) {
    return unauthenticated(uri, true);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return ProblemMappers.problem(403, "Forbidden", "not allowed for this account", uri);
  }

  private static Response unauthenticated(UriInfo uri, boolean dropCookie) {
    String path = uri == null ? "" : uri.getPath();
    if (path.equals("/drafts") || path.startsWith("/drafts/")) {
      Response.ResponseBuilder r = Response.seeOther(java.net.URI.create("/drafts/login"));
      if (dropCookie) {
        r.cookie(new NewCookie.Builder(dev.lawimpact.drafts.auth.WorkspaceAuthMechanism.COOKIE).value("")
            .path("/drafts").maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
      }
      return r.build();
    }
    Response r = ProblemMappers.problem(401, "Unauthorized", "authentication required (HTTP Basic)", uri);
    return Response.fromResponse(r).header("WWW-Authenticate", REALM).build();
  }
}
