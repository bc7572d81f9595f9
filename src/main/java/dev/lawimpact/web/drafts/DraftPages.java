package dev.lawimpact.web.drafts;

import dev.lawimpact.api.AuditCsv;
import dev.lawimpact.drafts.Actor;
import dev.lawimpact.drafts.DraftWorkspace;
import dev.lawimpact.drafts.DraftsConfig;
import dev.lawimpact.drafts.Role;
import dev.lawimpact.drafts.Views.AuditEvent;
import dev.lawimpact.drafts.Views.Draft;
import dev.lawimpact.drafts.Views.DraftSummary;
import dev.lawimpact.drafts.Views.DraftVersion;
import dev.lawimpact.drafts.Views.Share;
import dev.lawimpact.drafts.Views.VersionInfo;
import dev.lawimpact.drafts.Views.WebSession;
import dev.lawimpact.drafts.WorkspaceException;
import dev.lawimpact.drafts.auth.WorkspaceAuthMechanism;
import dev.lawimpact.drafts.auth.WorkspaceIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The draft workspace pages: form login with a server-side session (cookie HttpOnly, SameSite=Strict,
 * Path=/drafts, Secure over TLS), the draft list, one draft with its history, shares and edit form, and
 * the audit log for administrators. Every state-changing form carries the session's CSRF token; the
 * login form a double-submit token. Thin: all checks are in {@link DraftWorkspace}.
 */
@Path("/drafts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

  static final String LOGIN_COOKIE = "lawimpact_login";
  private static final SecureRandom RANDOM = new SecureRandom();

  @CheckedTemplate(basePath = "drafts")
  static class Templates {
    static native TemplateInstance login(Actor actor, String csrf, String error, String username);

    static native TemplateInstance list(Actor actor, String csrf, List<DraftSummary> drafts, boolean canCreate,
        boolean admin, String error);

    static native TemplateInstance draft(Actor actor, String csrf, Draft draft, List<VersionInfo> versions,
        List<Share> shares, boolean canWrite, boolean owner, String error);

    static native TemplateInstance version(Actor actor, String csrf, DraftVersion version);

    static native TemplateInstance audit(Actor actor, String csrf, List<AuditEvent> events, String user, String draft,
        DraftWorkspace.AuditCheck check);

    static native TemplateInstance problem(Actor actor, String csrf, int status, String message);
  }

  @Inject DraftWorkspace workspace;
  @Inject DraftsConfig config;
  @Inject SecurityIdentity identity;
  @Context HttpServerRequest request;

  // ---------------------------------------------------------------- login / logout

  @GET
  @Path("/login")
  @PermitAll
  public Response loginForm() {
    return loginPage(200, null, null);
  }

  @POST
  @Path("/login")
  @PermitAll
  public Response login(@FormParam("username") String username, @FormParam("password") String password,
      @FormParam("csrf") String csrf, @CookieParam(LOGIN_COOKIE) String csrfCookie) {
    if (csrf == null || csrfCookie == null || !constantTimeEquals(csrf, csrfCookie)) {
      return loginPage(403, "The login form expired; please try again.", username);
    }
    Optional<WebSession> session = workspace.login(username, password, remote());
    if (session.isEmpty()) {
      // One message for wrong name, wrong password, disabled and locked: nothing to enumerate.
      return loginPage(401, "Login failed: wrong user name or password, or the account is temporarily locked "
          + "after repeated failures.", username);
    }
    return Response.seeOther(URI.create("/drafts"))
        .cookie(cookie(WorkspaceAuthMechanism.COOKIE, session.get().token(), "/drafts", -1))
        .cookie(cookie(LOGIN_COOKIE, "", "/drafts/login", 0))
        .build();
  }

  @POST
  @Path("/logout")
  public Response logout(@FormParam("csrf") String csrf) {
    requireCsrf(csrf);
    workspace.logout(WorkspaceIdentity.sessionToken(identity).orElse(null), remote());
    return Response.seeOther(URI.create("/drafts/login"))
        .cookie(cookie(WorkspaceAuthMechanism.COOKIE, "", "/drafts", 0)).build();
  }

  private Response loginPage(int status, String error, String username) {
    String token = token();
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
        .entity(Templates.login(null, token, error, username == null ? "" : username))
        .cookie(cookie(LOGIN_COOKIE, token, "/drafts/login", 600)).build();
  }

  // ---------------------------------------------------------------- drafts

  @GET
  public Response list() {
    return page(() -> {
      Actor a = actor();
      boolean drafts = a.has(Role.DRAFTER) || a.has(Role.REVIEWER);
      return ok(Templates.list(a, csrf(), drafts ? workspace.list(a) : List.of(), a.has(Role.DRAFTER),
          a.has(Role.ADMIN), drafts ? null : "This account has no drafter or reviewer role."));
    });
  }

  @POST
  public Response create(@FormParam("csrf") String csrf, @FormParam("title") String title,
      @FormParam("format") String format, @FormParam("content") String content) {
    return page(() -> {
      requireCsrf(csrf);
      Draft d = workspace.create(actor(), title, format, content == null ? "" : content);
      return Response.seeOther(URI.create("/drafts/" + d.id())).build();
    });
  }

  @GET
  @Path("/{id}")
  public Response show(@PathParam("id") String id) {
    return page(() -> showDraft(id, null, 200));
  }

  private Response showDraft(String id, String error, int status) {
    Actor a = actor();
    Draft d = workspace.get(a, id);
    boolean owner = d.access() == dev.lawimpact.drafts.Views.Access.OWNER;
    List<Share> shares = owner ? workspace.shares(a, id) : List.of();
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.draft(a, csrf(), d,
        workspace.versions(a, id), shares, d.access() != dev.lawimpact.drafts.Views.Access.READ, owner, error)).build();
  }

  @POST
  @Path("/{id}")
  public Response save(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("title") String title,
      @FormParam("format") String format, @FormParam("content") String content,
      @FormParam("baseVersion") Integer baseVersion) {
    return page(() -> {
      requireCsrf(csrf);
      try {
        workspace.update(actor(), id, title, format, content == null ? "" : content, baseVersion);
      } catch (WorkspaceException e) {
        if (e.kind() != WorkspaceException.Kind.CONFLICT) throw e;
        return showDraft(id, "Not saved: " + e.getMessage() + ". Your text is not lost if you go back.", 409);
      }
      return Response.seeOther(URI.create("/drafts/" + id)).build();
    });
  }

  @POST
  @Path("/{id}/delete")
  public Response delete(@PathParam("id") String id, @FormParam("csrf") String csrf) {
    return page(() -> {
      requireCsrf(csrf);
      workspace.delete(actor(), id);
      return Response.seeOther(URI.create("/drafts")).build();
    });
  }

  @GET
  @Path("/{id}/versions/{n}")
  public Response version(@PathParam("id") String id, @PathParam("n") int n) {
    return page(() -> ok(Templates.version(actor(), csrf(), workspace.version(actor(), id, n))));
  }

  @GET
  @Path("/{id}/export")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_HTML})
  public Response export(@PathParam("id") String id, @QueryParam("version") Integer version) {
    return page(() -> {
      DraftVersion v = workspace.export(actor(), id, version);
      boolean xml = v.format().equals("xml");
      return Response.ok(v.content(), xml ? "application/xml; charset=UTF-8" : "text/plain; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"draft-" + v.draftId() + "-v" + v.version()
              + (xml ? ".xml" : ".txt") + "\"").build();
    });
  }

  @POST
  @Path("/{id}/shares")
  public Response share(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("user") String user,
      @FormParam("permission") String permission) {
    return page(() -> {
      requireCsrf(csrf);
      try {
        workspace.share(actor(), id, user, permission);
      } catch (WorkspaceException e) {
        if (e.kind() != WorkspaceException.Kind.BAD_INPUT) throw e;
        return showDraft(id, "Not shared: " + e.getMessage() + ".", 400);
      }
      return Response.seeOther(URI.create("/drafts/" + id)).build();
    });
  }

  @POST
  @Path("/{id}/shares/{user}/delete")
  public Response unshare(@PathParam("id") String id, @PathParam("user") String user,
      @FormParam("csrf") String csrf) {
    return page(() -> {
      requireCsrf(csrf);
      workspace.unshare(actor(), id, user);
      return Response.seeOther(URI.create("/drafts/" + id)).build();
    });
  }

  // ---------------------------------------------------------------- audit (admins)

  @GET
  @Path("/admin/audit")
  public Response audit(@QueryParam("user") String user, @QueryParam("draft") String draft) {
    return page(() -> ok(Templates.audit(actor(), csrf(), workspace.audit(actor(), null, null, user, draft, 500),
        user == null ? "" : user, draft == null ? "" : draft, workspace.verifyAudit(actor()))));
  }

  @GET
  @Path("/admin/audit.csv")
  @Produces({"text/csv", MediaType.TEXT_HTML})
  public Response auditCsv(@QueryParam("user") String user, @QueryParam("draft") String draft) {
    return page(() -> Response.ok(AuditCsv.format(workspace.exportAudit(actor(), null, null, user, draft, 100_000)),
        "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit.csv\"").build());
  }

  // ---------------------------------------------------------------- helpers

  /** Workspace refusals as a page with the right status; the message never names the draft. */
  private Response page(Supplier<Response> body) {
    try {
      return body.get();
    } catch (WorkspaceException e) {
      int status = switch (e.kind()) {
        case FORBIDDEN -> 403;
        case NOT_FOUND -> 404;
        case BAD_INPUT -> 400;
        case CONFLICT -> 409;
        case TOO_LARGE -> 413;
        case UNAVAILABLE -> 503;
      };
      Actor a = WorkspaceIdentity.actor(identity).orElse(null);
      return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
          .entity(Templates.problem(a, WorkspaceIdentity.csrfToken(identity).orElse(""), status, e.getMessage())).build();
    }
  }

  private static Response ok(TemplateInstance t) {
    return Response.ok(t, MediaType.TEXT_HTML_TYPE).build();
  }

  private Actor actor() {
    return WorkspaceIdentity.actor(identity).orElseThrow(UnauthorizedException::new);
  }

  private String csrf() {
    return WorkspaceIdentity.csrfToken(identity).orElse("");
  }

  /** Forms need the web session's token: a Basic-authenticated browser could be driven cross-site. */
  private void requireCsrf(String csrf) {
    String expected = WorkspaceIdentity.csrfToken(identity).orElse(null);
    if (expected == null || csrf == null || !constantTimeEquals(csrf, expected)) {
      throw new WorkspaceException(WorkspaceException.Kind.FORBIDDEN, "missing or wrong form token (CSRF); reload the page");
    }
  }

  private String remote() {
    return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
  }

  private NewCookie cookie(String name, String value, String path, int maxAge) {
    NewCookie.Builder b = new NewCookie.Builder(name).value(value).path(path).httpOnly(true)
        .secure(request.isSSL() || config.secureCookie()).sameSite(NewCookie.SameSite.STRICT);
    if (maxAge >= 0) b.maxAge(maxAge);
    return b.build();
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
