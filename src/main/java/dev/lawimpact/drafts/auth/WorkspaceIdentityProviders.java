package dev.lawimpact.drafts.auth;

import dev.lawimpact.drafts.DraftWorkspace;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Identity providers over the workspace accounts; both run the (blocking) database work off the event loop. */
public final class WorkspaceIdentityProviders {
  private WorkspaceIdentityProviders() {}

  static String remote(io.quarkus.security.identity.request.AuthenticationRequest request, String fallback) {
    RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (ctx != null && ctx.request().remoteAddress() != null) return ctx.request().remoteAddress().hostAddress();
    return fallback;
  }

  /** HTTP Basic (REST) with the account's bcrypt hash and lockout. */
  @ApplicationScoped
  public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject DraftWorkspace workspace;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
      return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
        AuthenticationRequestContext context) {
      String remote = remote(request, null);
      String user = request.getUsername();
      String password = new String(request.getPassword().getPassword());
      return context.runBlocking(() -> workspace.authenticate(user, password, remote)
          .map(a -> WorkspaceIdentity.of(a, null))
          .orElseThrow(AuthenticationFailedException::new));
    }
  }

  /** The web-session cookie (login form). */
  @ApplicationScoped
  public static class Session implements IdentityProvider<SessionTokenRequest> {
    @Inject DraftWorkspace workspace;

    @Override
    public Class<SessionTokenRequest> getRequestType() {
      return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
      return context.runBlocking(() -> workspace.session(request.token, request.remote)
          .map(s -> WorkspaceIdentity.of(s.actor(), s))
          .orElseThrow(AuthenticationFailedException::new));
    }
  }
}
