package dev.lawimpact.drafts.auth;

import dev.lawimpact.drafts.Actor;
import dev.lawimpact.drafts.Role;
import dev.lawimpact.drafts.Views.WebSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Optional;

/** How a workspace {@link Actor} rides on a Quarkus {@link SecurityIdentity} (attributes), and back. */
public final class WorkspaceIdentity {
  private WorkspaceIdentity() {}

  static final String ACTOR = "lawimpact.actor";
  static final String CSRF = "lawimpact.csrf";
  static final String SESSION = "lawimpact.session";

  static SecurityIdentity of(Actor actor, WebSession session) {
    QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(actor.username()))
        .addAttribute(ACTOR, actor);
    for (Role r : actor.roles()) b.addRole(r.id());
    if (session != null) {
      b.addAttribute(CSRF, session.csrfToken());
      b.addAttribute(SESSION, session.token());
    }
    return b.build();
  }

  /** The actor behind an authenticated identity (empty for anonymous or foreign identities). */
  public static Optional<Actor> actor(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) return Optional.empty();
    Object a = identity.getAttribute(ACTOR);
    return a instanceof Actor actor ? Optional.of(actor) : Optional.empty();
  }

  /** The CSRF token of the web session (empty when authenticated by HTTP Basic, which pages refuse for forms). */
  public static Optional<String> csrfToken(SecurityIdentity identity) {
    return identity == null ? Optional.empty() : Optional.ofNullable(identity.getAttribute(CSRF));
  }

  public static Optional<String> sessionToken(SecurityIdentity identity) {
    return identity == null ? Optional.empty() : Optional.ofNullable(identity.getAttribute(SESSION));
  }
}
