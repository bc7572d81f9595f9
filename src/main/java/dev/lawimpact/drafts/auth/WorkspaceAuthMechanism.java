package dev.lawimpact.drafts.auth;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The one authentication mechanism: HTTP Basic anywhere (the REST API), and the web-session cookie
 * for the workspace pages under /drafts only (the cookie's Path is /drafts too), so a browser
 * session can never drive the JSON API cross-site. Anonymous requests stay anonymous: public statute
 * features never need an identity, and authentication is lazy (quarkus.http.auth.proactive=false).
 */
@ApplicationScoped
public class WorkspaceAuthMechanism implements HttpAuthenticationMechanism {

  public static final String COOKIE = "lawimpact_session";
  public static final String PAGES = "/drafts";
  static final String REALM = "Basic realm=\"lawimpact\", charset=\"UTF-8\"";

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identityProviderManager) {
    String remote = ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress();
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException());
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException());
      AuthenticationRequest req = new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
          new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
      HttpSecurityUtils.setRoutingContextAttribute(req, ctx);
      return identityProviderManager.authenticate(req);
    }
    if (onPages(ctx)) {
      Cookie cookie = ctx.request().getCookie(COOKIE);
      if (cookie != null && !cookie.getValue().isEmpty()) {
        AuthenticationRequest req = new SessionTokenRequest(cookie.getValue(), remote);
        HttpSecurityUtils.setRoutingContextAttribute(req, ctx);
        return identityProviderManager.authenticate(req);
      }
    }
    return Uni.createFrom().nullItem();
  }

  static boolean onPages(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    return path.equals(PAGES) || path.startsWith(PAGES + "/");
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
    if (onPages(ctx)) return Uni.createFrom().item(new ChallengeData(303, "Location", PAGES + "/login"));
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", REALM));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(UsernamePasswordAuthenticationRequest.class, SessionTokenRequest.class);
  }
}
