package dev.lawimpact.drafts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Workspace roles. {@code reader}: public statute features only (no drafts); {@code drafter}: own
 * drafts and drafts shared with them; {@code reviewer}: drafts shared with them; {@code admin}: accounts
 * and the audit log, but no draft text unless the account is also drafter/reviewer and shared in.
 */
public enum Role {
  READER, DRAFTER, REVIEWER, ADMIN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> parse(String s) {
    if (s == null) return Optional.empty();
    for (Role r : values()) if (r.id().equals(s.trim().toLowerCase(Locale.ROOT))) return Optional.of(r);
    return Optional.empty();
  }

  static String format(Set<Role> roles) {
    return String.join(",", roles.stream().sorted().map(Role::id).toList());
  }

  static Set<Role> parseAll(String csv) {
    EnumSet<Role> out = EnumSet.noneOf(Role.class);
    for (String part : csv.split(",")) parse(part).ifPresent(out::add);
    return Set.copyOf(out);
  }
}
