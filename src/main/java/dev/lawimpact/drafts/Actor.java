package dev.lawimpact.drafts;

import java.util.Set;

/** Who is asking, as established by authentication, and from where (for the audit log). */
public record Actor(String userId, String username, Set<Role> roles, String remote) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role r) {
    return roles.contains(r);
  }

  /** For templates, which cannot name enum constants. */
  public boolean admin() {
    return roles.contains(Role.ADMIN);
  }
}
