package dev.lawimpact.drafts;

import java.time.Instant;

/** The read models the workspace hands out (immutable records, no draft text unless asked for). */
public final class Views {
  private Views() {}

  /** The caller's relation to a draft. */
  public enum Access { OWNER, WRITE, READ }

  public record DraftSummary(String id, String title, String format, String owner, Access access,
      int latestVersion, Instant updatedAt) {}

  public record DraftVersion(String draftId, int version, String title, String format, String content,
      String sha256, String author, Instant createdAt) {}

  public record Draft(String id, String owner, Access access, Instant createdAt, DraftVersion latest) {}

  public record VersionInfo(int version, String title, String format, String author, Instant createdAt,
      String sha256, int chars) {}

  public record Share(String user, String permission, String grantedBy, Instant grantedAt) {}

  public record AuditEvent(long seq, Instant at, String actor, String action, String draftId, String detail,
      String remote) {}

  public record Account(String username, java.util.List<String> roles, boolean enabled, Instant lockedUntil,
      Instant createdAt) {}

  public record Analysis(String id, String draftId, int version, String kind, String resultJson, String createdBy,
      Instant createdAt) {}

  /** A web login: the cookie token (given out once, stored only hashed) and the CSRF token of the session. */
  public record WebSession(String token, String csrfToken, Actor actor) {}
}
