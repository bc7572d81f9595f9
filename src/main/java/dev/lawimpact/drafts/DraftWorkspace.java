package dev.lawimpact.drafts;

import dev.lawimpact.drafts.Views.Access;
import dev.lawimpact.drafts.Views.Account;
import dev.lawimpact.drafts.Views.Analysis;
import dev.lawimpact.drafts.Views.AuditEvent;
import dev.lawimpact.drafts.Views.Draft;
import dev.lawimpact.drafts.Views.DraftSummary;
import dev.lawimpact.drafts.Views.DraftVersion;
import dev.lawimpact.drafts.Views.Share;
import dev.lawimpact.drafts.Views.VersionInfo;
import dev.lawimpact.drafts.Views.WebSession;
import dev.lawimpact.drafts.WorkspaceException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The confidential draft workspace: accounts, sessions, drafts with immutable versions, shares,
 * stored analyses and the append-only audit log. Every method that touches a draft takes the
 * {@link Actor} and checks, in this order: role (403), existence-or-access (404, identical for both),
 * permission level (403). Nothing here logs, indexes or echoes draft titles or text.
 */
@ApplicationScoped
public class DraftWorkspace {

  /** Audit actions. */
  public static final String CREATE = "CREATE", VIEW = "VIEW", CHANGE = "CHANGE", SHARE = "SHARE",
      UNSHARE = "UNSHARE", EXPORT = "EXPORT", DELETE = "DELETE", ANALYSIS = "ANALYSIS", LOGIN = "LOGIN",
      LOGIN_FAILED = "LOGIN_FAILED", LOCKED = "LOCKED", LOGOUT = "LOGOUT", ACCOUNT = "ACCOUNT";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  static final int MIN_PASSWORD = 10;
  private static final int MAX_TITLE = 300;

  @Inject Database db;
  @Inject DraftsConfig config;
  @Inject TimeSource time;

  /** Spares HTTP Basic clients a bcrypt run on every request (see {@link VerifiedPasswords}). */
  private final VerifiedPasswords verified = new VerifiedPasswords();

  /** Checked against when the user name is unknown, so both failures take the same time. */
  private volatile String dummyHash;

  // ---------------------------------------------------------------- accounts and login

  /** Password check for HTTP Basic and the login form, with lockout after repeated failures. */
  public Optional<Actor> authenticate(String username, String password, String remote) {
    if (username == null || password == null || !USERNAME.matcher(username).matches()) {
      burnTime(password);
      return Optional.empty();
    }
    return db.tx(c -> {
      long now = time.nowMillis();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, password_hash, roles, enabled, failed_logins, locked_until FROM ws_user WHERE username = ?")) {
        ps.setString(1, username);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            burnTime(password);
            // The attempted name is not recorded: people type their password into the user field.
            audit(c, now, "?", LOGIN_FAILED, null, "unknown user", remote);
            return Optional.<Actor>empty();
          }
          String id = rs.getString(1);
          String stored = rs.getString(2);
          boolean ok = verified.recently(id, password, stored, now) || Secrets.matches(password, stored);
          Set<Role> roles = Role.parseAll(rs.getString(3));
          boolean enabled = rs.getBoolean(4);
          int failed = rs.getInt(5);
          long lockedUntil = rs.getLong(6);
          if (lockedUntil > now) {
            audit(c, now, username, LOGIN_FAILED, null, "account locked", remote);
            return Optional.<Actor>empty();
          }
          if (ok && enabled) {
            verified.remember(id, password, stored, now);
            if (failed != 0) update(c, "UPDATE ws_user SET failed_logins = 0 WHERE id = ?", id);
            return Optional.of(new Actor(id, username, roles, remote));
          }
          if (!enabled) {
            audit(c, now, username, LOGIN_FAILED, null, "account disabled", remote);
            return Optional.<Actor>empty();
          }
          failed++;
          if (failed >= config.maxFailedLogins()) {
            try (PreparedStatement up = c.prepareStatement(
                "UPDATE ws_user SET failed_logins = 0, locked_until = ? WHERE id = ?")) {
              up.setLong(1, now + config.lockout().toMillis());
              up.setString(2, id);
              up.executeUpdate();
            }
            audit(c, now, username, LOCKED, null, failed + " failed logins", remote);
          } else {
            try (PreparedStatement up = c.prepareStatement("UPDATE ws_user SET failed_logins = ? WHERE id = ?")) {
              up.setInt(1, failed);
              up.setString(2, id);
              up.executeUpdate();
            }
            audit(c, now, username, LOGIN_FAILED, null, "wrong password", remote);
          }
          return Optional.<Actor>empty();
        }
      }
    });
  }

  private void burnTime(String password) {
    String h = dummyHash;
    if (h == null) dummyHash = h = Secrets.hashPassword(Secrets.newToken(), config.bcryptCost());
    Secrets.matches(password == null ? "" : password, h);
  }

  /** Form login: on success a new server-side session (the token is returned once and stored hashed). */
  public Optional<WebSession> login(String username, String password, String remote) {
    Optional<Actor> actor = authenticate(username, password, remote);
    if (actor.isEmpty()) return Optional.empty();
    Actor a = actor.get();
    String token = Secrets.newToken();
    String csrf = Secrets.newToken();
    return db.tx(c -> {
      long now = time.nowMillis();
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM ws_session WHERE user_id = ? AND (last_seen < ? OR created_at < ?)")) {
        ps.setString(1, a.userId());
        ps.setLong(2, now - config.sessionIdleTimeout().toMillis());
        ps.setLong(3, now - config.sessionMaxAge().toMillis());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO ws_session (token_hash, user_id, csrf_token, created_at, last_seen) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, Secrets.sha256(token));
        ps.setString(2, a.userId());
        ps.setString(3, csrf);
        ps.setLong(4, now);
        ps.setLong(5, now);
        ps.executeUpdate();
      }
      audit(c, now, a.username(), LOGIN, null, "web session", a.remote());
      return Optional.of(new WebSession(token, csrf, a));
    });
  }

  /** The live session for a cookie token, touched; empty when unknown, expired (idle or too old) or the account is off. */
  public Optional<WebSession> session(String token, String remote) {
    if (token == null || token.length() > 64) return Optional.empty();
    String hash = Secrets.sha256(token);
    return db.tx(c -> {
      long now = time.nowMillis();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.csrf_token, s.created_at, s.last_seen, u.id, u.username, u.roles, u.enabled, u.locked_until "
              + "FROM ws_session s JOIN ws_user u ON u.id = s.user_id WHERE s.token_hash = ?")) {
        ps.setString(1, hash);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Optional.<WebSession>empty();
          long created = rs.getLong(2), lastSeen = rs.getLong(3);
          boolean live = rs.getBoolean(7) && rs.getLong(8) <= now
              && now - lastSeen <= config.sessionIdleTimeout().toMillis()
              && now - created <= config.sessionMaxAge().toMillis();
          if (!live) {
            update(c, "DELETE FROM ws_session WHERE token_hash = ?", hash);
            return Optional.<WebSession>empty();
          }
          if (now - lastSeen > 15_000) {
            try (PreparedStatement up = c.prepareStatement("UPDATE ws_session SET last_seen = ? WHERE token_hash = ?")) {
              up.setLong(1, now);
              up.setString(2, hash);
              up.executeUpdate();
            }
          }
          Actor a = new Actor(rs.getString(4), rs.getString(5), Role.parseAll(rs.getString(6)), remote);
          return Optional.of(new WebSession(token, rs.getString(1), a));
        }
      }
    });
  }

  public void logout(String token, String remote) {
    if (token == null) return;
    db.tx(c -> {
      String hash = Secrets.sha256(token);
      String user = null;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT u.username FROM ws_session s JOIN ws_user u ON u.id = s.user_id WHERE s.token_hash = ?")) {
        ps.setString(1, hash);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) user = rs.getString(1);
        }
      }
      if (user != null) {
        update(c, "DELETE FROM ws_session WHERE token_hash = ?", hash);
        audit(c, time.nowMillis(), user, LOGOUT, null, "web session", remote);
      }
      return null;
    });
  }

  public List<Account> accounts(Actor actor) {
    requireRole(actor, Role.ADMIN);
    return db.tx(c -> {
      List<Account> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT username, roles, enabled, locked_until, created_at FROM ws_user ORDER BY username");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(account(rs));
      }
      return List.copyOf(out);
    });
  }

  public Account createAccount(Actor actor, String username, String password, Collection<String> roles) {
    requireRole(actor, Role.ADMIN);
    return insertAccount(username, password, parseRoles(roles), actor.username(), actor.remote());
  }

  /** Changes roles, password (which also unlocks and ends the user's sessions) or enabled state. */
  public Account updateAccount(Actor actor, String username, Optional<String> password,
      Optional<Collection<String>> roles, Optional<Boolean> enabled) {
    requireRole(actor, Role.ADMIN);
    Optional<Set<Role>> parsed = roles.map(DraftWorkspace::parseRoles);
    password.ifPresent(DraftWorkspace::checkPassword);
    String hash = password.map(p -> Secrets.hashPassword(p, config.bcryptCost())).orElse(null);
    return db.tx(c -> {
      String id = userId(c, username).orElseThrow(() -> new WorkspaceException(Kind.NOT_FOUND, "no such account"));
      List<String> changed = new ArrayList<>();
      if (parsed.isPresent()) {
        if (actor.userId().equals(id) && !parsed.get().contains(Role.ADMIN)) {
          throw WorkspaceException.bad("an administrator cannot remove their own admin role");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ws_user SET roles = ? WHERE id = ?")) {
          ps.setString(1, Role.format(parsed.get()));
          ps.setString(2, id);
          ps.executeUpdate();
        }
        changed.add("roles " + Role.format(parsed.get()));
      }
      if (hash != null) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE ws_user SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?")) {
          ps.setString(1, hash);
          ps.setString(2, id);
          ps.executeUpdate();
        }
        update(c, "DELETE FROM ws_session WHERE user_id = ?", id);
        changed.add("password reset");
      }
      if (enabled.isPresent()) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ws_user SET enabled = ? WHERE id = ?")) {
          ps.setBoolean(1, enabled.get());
          ps.setString(2, id);
          ps.executeUpdate();
        }
        if (!enabled.get()) update(c, "DELETE FROM ws_session WHERE user_id = ?", id);
        changed.add(enabled.get() ? "enabled" : "disabled");
      }
      audit(c, time.nowMillis(), actor.username(), ACCOUNT, null, username + ": " + String.join(", ", changed),
          actor.remote());
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT username, roles, enabled, locked_until, created_at FROM ws_user WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return account(rs);
        }
      }
    });
  }

  /** A user changes their own password (the current one is checked like a login); ends their web sessions. */
  public void changeOwnPassword(Actor actor, String current, String replacement) {
    if (actor == null) throw WorkspaceException.forbidden("not logged in");
    checkPassword(replacement);
    if (authenticate(actor.username(), current, actor.remote()).isEmpty()) {
      throw WorkspaceException.forbidden("the current password is wrong");
    }
    String hash = Secrets.hashPassword(replacement, config.bcryptCost());
    db.tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE ws_user SET password_hash = ? WHERE id = ?")) {
        ps.setString(1, hash);
        ps.setString(2, actor.userId());
        ps.executeUpdate();
      }
      update(c, "DELETE FROM ws_session WHERE user_id = ?", actor.userId());
      audit(c, time.nowMillis(), actor.username(), ACCOUNT, null, actor.username() + ": own password changed", actor.remote());
      return null;
    });
  }

  /** Creates the configured first administrator if no account of that name exists; false if it existed. */
  boolean bootstrapAdmin(String username, String password) {
    boolean exists = db.tx(c -> userId(c, username).isPresent());
    if (exists) return false;
    insertAccount(username, password, Set.of(Role.ADMIN), "configuration", null);
    return true;
  }

  boolean anyAdmin() {
    return db.tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT roles FROM ws_user WHERE enabled = TRUE");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) if (Role.parseAll(rs.getString(1)).contains(Role.ADMIN)) return true;
      }
      return false;
    });
  }

  private Account insertAccount(String username, String password, Set<Role> roles, String by, String remote) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw WorkspaceException.bad("user names are 1-64 characters A-Z a-z 0-9 . _ -");
    }
    checkPassword(password);
    String hash = Secrets.hashPassword(password, config.bcryptCost());
    return db.tx(c -> {
      if (userId(c, username).isPresent()) throw new WorkspaceException(Kind.CONFLICT, "that user name is taken");
      long now = time.nowMillis();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ws_user (id, username, password_hash, roles, enabled, "
          + "failed_logins, locked_until, created_at) VALUES (?, ?, ?, ?, TRUE, 0, 0, ?)")) {
        ps.setString(1, Secrets.newId());
        ps.setString(2, username);
        ps.setString(3, hash);
        ps.setString(4, Role.format(roles));
        ps.setLong(5, now);
        ps.executeUpdate();
      }
      audit(c, now, by, ACCOUNT, null, username + ": created with roles " + Role.format(roles), remote);
      return new Account(username, roles.stream().sorted().map(Role::id).toList(), true, null, Instant.ofEpochMilli(now));
    });
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
      throw WorkspaceException.bad("passwords are " + MIN_PASSWORD + " to 200 characters");
    }
  }

  private static Set<Role> parseRoles(Collection<String> roles) {
    if (roles == null || roles.isEmpty()) throw WorkspaceException.bad("at least one role is needed");
    EnumSet<Role> out = EnumSet.noneOf(Role.class);
    for (String r : roles) {
      out.add(Role.parse(r).orElseThrow(() -> WorkspaceException.bad("roles are reader, drafter, reviewer, admin")));
    }
    return Set.copyOf(out);
  }

  private static Account account(ResultSet rs) throws SQLException {
    long locked = rs.getLong(4);
    return new Account(rs.getString(1), Role.parseAll(rs.getString(2)).stream().sorted().map(Role::id).toList(),
        rs.getBoolean(3), locked == 0 ? null : Instant.ofEpochMilli(locked), Instant.ofEpochMilli(rs.getLong(5)));
  }

  private static Optional<String> userId(Connection c, String username) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ws_user WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  // ---------------------------------------------------------------- drafts

  public List<DraftSummary> list(Actor actor) {
    requireDraftRole(actor);
    return db.tx(c -> {
      List<DraftSummary> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT d.id, v.title, v.format, o.username, CASE WHEN d.owner_id = ? THEN 'OWNER' ELSE s.permission END, "
              + "d.latest_version, v.created_at FROM draft d "
              + "JOIN draft_version v ON v.draft_id = d.id AND v.n = d.latest_version "
              + "JOIN ws_user o ON o.id = d.owner_id "
              + "LEFT JOIN draft_share s ON s.draft_id = d.id AND s.user_id = ? "
              + "WHERE d.owner_id = ? OR s.user_id IS NOT NULL ORDER BY v.created_at DESC, d.id")) {
        ps.setString(1, actor.userId());
        ps.setString(2, actor.userId());
        ps.setString(3, actor.userId());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new DraftSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Access.valueOf(rs.getString(5)), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7))));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  public Draft create(Actor actor, String title, String format, String content) {
    requireRole(actor, Role.DRAFTER);
    String t = checkTitle(title);
    DraftFormat f = DraftFormat.parse(format);
    String text = checkContent(content);
    return db.tx(c -> {
      long now = time.nowMillis();
      String id = Secrets.newId();
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO draft (id, owner_id, created_at, latest_version) VALUES (?, ?, ?, 1)")) {
        ps.setString(1, id);
        ps.setString(2, actor.userId());
        ps.setLong(3, now);
        ps.executeUpdate();
      }
      DraftVersion v = insertVersion(c, id, 1, t, f, text, actor, now);
      audit(c, now, actor.username(), CREATE, id, "version 1", actor.remote());
      return new Draft(id, actor.username(), Access.OWNER, Instant.ofEpochMilli(now), v);
    });
  }

  public Draft get(Actor actor, String id) {
    requireDraftRole(actor);
    return db.tx(c -> {
      Found d = find(c, actor, id);
      DraftVersion v = readVersion(c, id, d.latest).orElseThrow(WorkspaceException::notFound);
      audit(c, time.nowMillis(), actor.username(), VIEW, id, "version " + d.latest, actor.remote());
      return new Draft(id, d.owner, d.access, Instant.ofEpochMilli(d.createdAt), v);
    });
  }

  /**
   * Saves a new version (versions are never changed). Title and format default to the previous
   * version's. With {@code baseVersion}, a save based on an older version is refused (409) instead
   * of silently overwriting someone else's change.
   */
  public Draft update(Actor actor, String id, String title, String format, String content, Integer baseVersion) {
    requireDraftRole(actor);
    String text = checkContent(content);
    return db.tx(c -> {
      Found d = find(c, actor, id);
      if (d.access == Access.READ) throw WorkspaceException.forbidden("this draft is shared with you read-only");
      if (baseVersion != null && baseVersion != d.latest) {
        throw new WorkspaceException(Kind.CONFLICT, "the draft has changed since version " + baseVersion
            + "; latest is " + d.latest);
      }
      DraftVersion prev = readVersion(c, id, d.latest).orElseThrow(WorkspaceException::notFound);
      String t = title == null ? prev.title() : checkTitle(title);
      DraftFormat f = format == null ? DraftFormat.parse(prev.format()) : DraftFormat.parse(format);
      long now = time.nowMillis();
      int n = d.latest + 1;
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE draft SET latest_version = ? WHERE id = ? AND latest_version = ?")) {
        ps.setInt(1, n);
        ps.setString(2, id);
        ps.setInt(3, d.latest);
        if (ps.executeUpdate() != 1) throw new WorkspaceException(Kind.CONFLICT, "concurrent change; reload and retry");
      }
      DraftVersion v = insertVersion(c, id, n, t, f, text, actor, now);
      audit(c, now, actor.username(), CHANGE, id, "version " + n, actor.remote());
      return new Draft(id, d.owner, d.access, Instant.ofEpochMilli(d.createdAt), v);
    });
  }

  /** Deletes the draft with all its versions, shares and analyses (the audit log keeps only its id). Owner only. */
  public void delete(Actor actor, String id) {
    requireDraftRole(actor);
    db.tx(c -> {
      Found d = find(c, actor, id);
      if (d.access != Access.OWNER) throw WorkspaceException.forbidden("only the owner can delete a draft");
      update(c, "DELETE FROM draft_analysis WHERE draft_id = ?", id);
      update(c, "DELETE FROM draft_share WHERE draft_id = ?", id);
      update(c, "DELETE FROM draft_version WHERE draft_id = ?", id);
      update(c, "DELETE FROM draft WHERE id = ?", id);
      audit(c, time.nowMillis(), actor.username(), DELETE, id, d.latest + " versions", actor.remote());
      return null;
    });
  }

  public List<VersionInfo> versions(Actor actor, String id) {
    requireDraftRole(actor);
    return db.tx(c -> {
      find(c, actor, id);
      List<VersionInfo> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT v.n, v.title, v.format, u.username, v.created_at, v.sha256, v.content FROM draft_version v "
              + "JOIN ws_user u ON u.id = v.author_id WHERE v.draft_id = ? ORDER BY v.n")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new VersionInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), rs.getString(7).length()));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  public DraftVersion version(Actor actor, String id, int n) {
    return readAudited(actor, id, n, VIEW);
  }

  /** A version as a download; recorded as EXPORT rather than VIEW. {@code n} null = latest. */
  public DraftVersion export(Actor actor, String id, Integer n) {
    return readAudited(actor, id, n, EXPORT);
  }

  private DraftVersion readAudited(Actor actor, String id, Integer n, String action) {
    requireDraftRole(actor);
    return db.tx(c -> {
      Found d = find(c, actor, id);
      int which = n == null ? d.latest : n;
      DraftVersion v = readVersion(c, id, which)
          .orElseThrow(() -> new WorkspaceException(Kind.NOT_FOUND, "no such version"));
      audit(c, time.nowMillis(), actor.username(), action, id, "version " + which, actor.remote());
      return v;
    });
  }

  // ---------------------------------------------------------------- shares

  public List<Share> shares(Actor actor, String id) {
    requireDraftRole(actor);
    return db.tx(c -> {
      Found d = find(c, actor, id);
      if (d.access != Access.OWNER) throw WorkspaceException.forbidden("only the owner manages shares");
      return readShares(c, id);
    });
  }

  /** Shares with a drafter or reviewer (read or write), replacing an earlier share with that user. Owner only. */
  public List<Share> share(Actor actor, String id, String username, String permission) {
    requireDraftRole(actor);
    String perm = permission == null ? "" : permission.trim().toUpperCase(Locale.ROOT);
    if (!perm.equals("READ") && !perm.equals("WRITE")) throw WorkspaceException.bad("permission must be read or write");
    return db.tx(c -> {
      Found d = find(c, actor, id);
      if (d.access != Access.OWNER) throw WorkspaceException.forbidden("only the owner manages shares");
      String target = null;
      Set<Role> roles = Set.of();
      if (username != null && USERNAME.matcher(username).matches()) {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, roles FROM ws_user WHERE username = ? AND enabled = TRUE")) {
          ps.setString(1, username);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              target = rs.getString(1);
              roles = Role.parseAll(rs.getString(2));
            }
          }
        }
      }
      if (target == null || !(roles.contains(Role.DRAFTER) || roles.contains(Role.REVIEWER))) {
        throw WorkspaceException.bad("drafts can be shared only with drafters and reviewers");
      }
      if (target.equals(actor.userId())) throw WorkspaceException.bad("the owner already has full access");
      long now = time.nowMillis();
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft_share WHERE draft_id = ? AND user_id = ?")) {
        ps.setString(1, id);
        ps.setString(2, target);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft_share (draft_id, user_id, permission, "
          + "granted_by, granted_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, target);
        ps.setString(3, perm);
        ps.setString(4, actor.userId());
        ps.setLong(5, now);
        ps.executeUpdate();
      }
      audit(c, now, actor.username(), SHARE, id, username + " " + perm.toLowerCase(Locale.ROOT), actor.remote());
      return readShares(c, id);
    });
  }

  public List<Share> unshare(Actor actor, String id, String username) {
    requireDraftRole(actor);
    return db.tx(c -> {
      Found d = find(c, actor, id);
      if (d.access != Access.OWNER) throw WorkspaceException.forbidden("only the owner manages shares");
      int removed = 0;
      if (username != null && USERNAME.matcher(username).matches()) {
        try (PreparedStatement ps = c.prepareStatement(
            "DELETE FROM draft_share WHERE draft_id = ? AND user_id = (SELECT id FROM ws_user WHERE username = ?)")) {
          ps.setString(1, id);
          ps.setString(2, username);
          removed = ps.executeUpdate();
        }
      }
      if (removed == 0) throw new WorkspaceException(Kind.NOT_FOUND, "no such share");
      audit(c, time.nowMillis(), actor.username(), UNSHARE, id, username, actor.remote());
      return readShares(c, id);
    });
  }

  private static List<Share> readShares(Connection c, String id) throws SQLException {
    List<Share> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT u.username, s.permission, g.username, s.granted_at FROM draft_share s "
            + "JOIN ws_user u ON u.id = s.user_id JOIN ws_user g ON g.id = s.granted_by "
            + "WHERE s.draft_id = ? ORDER BY u.username")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Share(rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3),
              Instant.ofEpochMilli(rs.getLong(4))));
        }
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- analyses stored with a version

  /**
   * Stores the result of an analysis (e.g. kind {@code impact} or {@code amendment}) run on one
   * version, as JSON produced by that feature. Needs write access: analyses are part of the draft.
   */
  public Analysis storeAnalysis(Actor actor, String id, int n, String kind, String resultJson) {
    requireDraftRole(actor);
    if (kind == null || !KIND.matcher(kind).matches()) throw WorkspaceException.bad("analysis kinds are short lower-case names");
    String json = checkContent(resultJson);
    return db.tx(c -> {
      Found d = find(c, actor, id);
      if (d.access == Access.READ) throw WorkspaceException.forbidden("this draft is shared with you read-only");
      if (readVersion(c, id, n).isEmpty()) throw new WorkspaceException(Kind.NOT_FOUND, "no such version");
      long now = time.nowMillis();
      String aid = Secrets.newId();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft_analysis (id, draft_id, n, kind, result_json, "
          + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, aid);
        ps.setString(2, id);
        ps.setInt(3, n);
        ps.setString(4, kind);
        ps.setString(5, json);
        ps.setString(6, actor.userId());
        ps.setLong(7, now);
        ps.executeUpdate();
      }
      audit(c, now, actor.username(), ANALYSIS, id, kind + " on version " + n, actor.remote());
      return new Analysis(aid, id, n, kind, json, actor.username(), Instant.ofEpochMilli(now));
    });
  }

  public List<Analysis> analyses(Actor actor, String id, int n) {
    requireDraftRole(actor);
    return db.tx(c -> {
      find(c, actor, id);
      List<Analysis> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.kind, a.result_json, u.username, a.created_at "
          + "FROM draft_analysis a JOIN ws_user u ON u.id = a.created_by WHERE a.draft_id = ? AND a.n = ? "
          + "ORDER BY a.created_at, a.id")) {
        ps.setString(1, id);
        ps.setInt(2, n);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Analysis(rs.getString(1), id, n, rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5))));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  // ---------------------------------------------------------------- audit log

  /** Audit events, newest first, optionally filtered; admins only. */
  public List<AuditEvent> audit(Actor actor, Instant from, Instant to, String user, String draftId, int limit) {
    requireRole(actor, Role.ADMIN);
    return db.tx(c -> readAudit(c, from, to, user, draftId, limit));
  }

  /** Like {@link #audit} for a download, and the download itself is recorded. */
  public List<AuditEvent> exportAudit(Actor actor, Instant from, Instant to, String user, String draftId, int limit) {
    requireRole(actor, Role.ADMIN);
    return db.tx(c -> {
      List<AuditEvent> events = readAudit(c, from, to, user, draftId, limit);
      audit(c, time.nowMillis(), actor.username(), EXPORT, null, "audit log, " + events.size() + " events", actor.remote());
      return events;
    });
  }

  private static List<AuditEvent> readAudit(Connection c, Instant from, Instant to, String user, String draftId,
      int limit) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT seq, at, actor, action, draft_id, detail, remote FROM audit_event WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (from != null) { sql.append(" AND at >= ?"); args.add(from.toEpochMilli()); }
    if (to != null) { sql.append(" AND at < ?"); args.add(to.toEpochMilli()); }
    if (user != null && !user.isBlank()) { sql.append(" AND actor = ?"); args.add(user); }
    if (draftId != null && !draftId.isBlank()) { sql.append(" AND draft_id = ?"); args.add(draftId); }
    sql.append(" ORDER BY seq DESC");
    List<AuditEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
      ps.setMaxRows(Math.max(1, Math.min(limit, 100_000)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new AuditEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    return List.copyOf(out);
  }

  private static void audit(Connection c, long at, String actor, String action, String draftId, String detail,
      String remote) throws SQLException {
    long seq;
    String prev;
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      seq = rs.getLong(1) + 1;
      prev = rs.getString(2);
    }
    String a = clip(actor, 64), d = clip(detail, 300), r = clip(remote, 100);
    String hash = chainHash(prev, seq, at, a, action, draftId, d, r);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, at, actor, action, draft_id, detail, "
        + "remote, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setLong(2, at);
      ps.setString(3, a);
      ps.setString(4, action);
      ps.setString(5, draftId);
      ps.setString(6, d);
      ps.setString(7, r);
      ps.setString(8, prev);
      ps.setString(9, hash);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, hash);
      ps.executeUpdate();
    }
  }

  static String chainHash(String prev, long seq, long at, String actor, String action, String draftId, String detail,
      String remote) {
    // Length-prefixed fields: no value can be shifted into its neighbour without changing the hash.
    StringBuilder sb = new StringBuilder(prev);
    for (String f : new String[] {Long.toString(seq), Long.toString(at), actor, action, draftId, detail, remote}) {
      sb.append('|').append(f == null ? -1 : f.length()).append(':').append(f == null ? "" : f);
    }
    return Secrets.sha256(sb.toString());
  }

  /** The result of re-computing the audit chain: intact, or the first event that does not fit. */
  public record AuditCheck(long events, boolean intact, Long firstBrokenSeq, String headHash) {}

  /** Re-computes every event's hash from the start; admins only. */
  public AuditCheck verifyAudit(Actor actor) {
    requireRole(actor, Role.ADMIN);
    return db.tx(c -> {
      String prev = "0".repeat(64);
      long expectedSeq = 1, count = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, draft_id, detail, remote, "
          + "prev_hash, hash FROM audit_event ORDER BY seq");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          String hash = chainHash(prev, seq, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7));
          if (seq != expectedSeq || !prev.equals(rs.getString(8)) || !hash.equals(rs.getString(9))) {
            return new AuditCheck(count, false, seq, null);
          }
          prev = hash;
          expectedSeq++;
          count++;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        // Rows cut off the end show up as a head ahead of the last row.
        if (rs.getLong(1) != count || !rs.getString(2).equals(prev)) return new AuditCheck(count, false, count + 1, null);
      }
      return new AuditCheck(count, true, null, prev);
    });
  }

  // ---------------------------------------------------------------- checks and helpers

  private record Found(String owner, Access access, int latest, long createdAt) {}

  /** The caller's access to a draft; NOT_FOUND both when it does not exist and when the caller has none. */
  private static Found find(Connection c, Actor actor, String id) throws SQLException {
    if (id == null || !Secrets.ID.matcher(id).matches()) throw WorkspaceException.notFound();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT d.owner_id, o.username, d.latest_version, d.created_at, s.permission FROM draft d "
            + "JOIN ws_user o ON o.id = d.owner_id "
            + "LEFT JOIN draft_share s ON s.draft_id = d.id AND s.user_id = ? WHERE d.id = ?")) {
      ps.setString(1, actor.userId());
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw WorkspaceException.notFound();
        Access access;
        if (rs.getString(1).equals(actor.userId())) access = Access.OWNER;
        else if ("WRITE".equals(rs.getString(5))) access = Access.WRITE;
        else if ("READ".equals(rs.getString(5))) access = Access.READ;
        else throw WorkspaceException.notFound();
        return new Found(rs.getString(2), access, rs.getInt(3), rs.getLong(4));
      }
    }
  }

  private static Optional<DraftVersion> readVersion(Connection c, String id, int n) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT v.title, v.format, v.content, v.sha256, u.username, v.created_at FROM draft_version v "
            + "JOIN ws_user u ON u.id = v.author_id WHERE v.draft_id = ? AND v.n = ?")) {
      ps.setString(1, id);
      ps.setInt(2, n);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new DraftVersion(id, n, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
      }
    }
  }

  private static DraftVersion insertVersion(Connection c, String id, int n, String title, DraftFormat format,
      String content, Actor author, long now) throws SQLException {
    String sha = Secrets.sha256(content);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft_version (draft_id, n, title, format, content, "
        + "sha256, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setInt(2, n);
      ps.setString(3, title);
      ps.setString(4, format.id());
      ps.setString(5, content);
      ps.setString(6, sha);
      ps.setString(7, author.userId());
      ps.setLong(8, now);
      ps.executeUpdate();
    }
    return new DraftVersion(id, n, title, format.id(), content, sha, author.username(), Instant.ofEpochMilli(now));
  }

  private static void requireRole(Actor actor, Role role) {
    if (actor == null || !actor.has(role)) throw WorkspaceException.forbidden("this needs the " + role.id() + " role");
  }

  private static void requireDraftRole(Actor actor) {
    if (actor == null || !(actor.has(Role.DRAFTER) || actor.has(Role.REVIEWER))) {
      throw WorkspaceException.forbidden("drafts need the drafter or reviewer role");
    }
  }

  private static String checkTitle(String title) {
    if (title == null || title.isBlank()) throw WorkspaceException.bad("a title is required");
    if (title.length() > MAX_TITLE) throw WorkspaceException.bad("titles are at most " + MAX_TITLE + " characters");
    return title.strip();
  }

  private String checkContent(String content) {
    if (content == null) throw WorkspaceException.bad("content is required");
    if (content.length() > config.maxContentChars()) {
      throw new WorkspaceException(Kind.TOO_LARGE, "content is longer than " + config.maxContentChars() + " characters");
    }
    if (content.indexOf('\0') >= 0) throw WorkspaceException.bad("content must not contain NUL characters");
    return content;
  }

  private static void update(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
