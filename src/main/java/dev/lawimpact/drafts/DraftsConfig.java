package dev.lawimpact.drafts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Draft workspace configuration ({@code lawimpact.drafts.*}, or LAWIMPACT_DRAFTS_… variables). */
@ConfigMapping(prefix = "lawimpact.drafts")
public interface DraftsConfig {

  /** {@code h2} (embedded file under data-dir, the default) or {@code postgresql}; read by DatabaseConfigFactory. */
  @WithDefault("h2")
  String database();

  /** Explicit H2 file path (without .mv.db); default data-dir/drafts/drafts. */
  Optional<String> h2Path();

  Admin admin();

  Postgresql postgresql();

  /** bcrypt cost for new password hashes (2^cost rounds); existing hashes keep their own cost. */
  @WithDefault("12")
  int bcryptCost();

  /** Consecutive failed logins after which an account is locked. */
  @WithDefault("5")
  int maxFailedLogins();

  /** How long a locked account stays locked (also refuses the right password meanwhile). */
  @WithDefault("PT15M")
  Duration lockout();

  /** A web session ends after this long without a request. */
  @WithDefault("PT30M")
  Duration sessionIdleTimeout();

  /** A web session ends this long after login whatever the activity. */
  @WithDefault("PT12H")
  Duration sessionMaxAge();

  /** Send the session cookie with Secure even when the request did not come over TLS (behind a proxy). */
  @WithDefault("false")
  boolean secureCookie();

  /** Largest draft text accepted, in characters (UTF-16 units); larger saves get 413. */
  @WithDefault("2000000")
  int maxContentChars();

  /** Where the PostgreSQL database is (used when database=postgresql; mapped onto quarkus.datasource."postgresql"). */
  interface Postgresql {
    /** JDBC URL; default jdbc:postgresql://localhost:5432/lawimpact_drafts. */
    Optional<String> url();

    /** Default lawimpact. */
    Optional<String> username();

    Optional<String> password();
  }

  interface Admin {
    /** The first administrator, created at start-up when no account of that name exists. */
    @WithDefault("admin")
    String username();

    /**
     * Its initial password. Absent: no administrator is created (the workspace stays closed). In the
     * prod profile a short or well-known password refuses start-up.
     */
    Optional<String> password();
  }
}
