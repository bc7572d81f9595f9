package dev.lawimpact.drafts;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL the workspace tests also run against, from LAWIMPACT_TEST_POSTGRESQL_URL / _USER /
 * _PASSWORD (or the system properties lawimpact.test.postgresql.url / .user / .password); .ci/run
 * starts one. Without it the PostgreSQL variants are skipped, loudly.
 */
public final class Postgres {
  private Postgres() {}

  static Optional<String> setting(String key) {
    String v = System.getProperty("lawimpact.test.postgresql." + key);
    if (v == null || v.isBlank()) v = System.getenv("LAWIMPACT_TEST_POSTGRESQL_" + key.toUpperCase());
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  static String url() {
    return setting("url").orElseThrow();
  }

  static String user() {
    return setting("user").orElse("lawimpact");
  }

  static String password() {
    return setting("password").orElse("");
  }

  /** Why PostgreSQL cannot be used, or empty when it can. */
  static synchronized Optional<String> unavailable() {
    if (checked != null) return checked;
    if (setting("url").isEmpty()) {
      checked = Optional.of("LAWIMPACT_TEST_POSTGRESQL_URL is not set");
    } else {
      try (Connection c = DriverManager.getConnection(url(), user(), password())) {
        checked = Optional.empty();
      } catch (Exception e) {
        checked = Optional.of("cannot connect to " + url() + " as " + user() + ": " + e.getClass().getSimpleName());
      }
    }
    return checked;
  }

  private static Optional<String> checked;

  /** Skips a test class (before Quarkus starts) when no PostgreSQL is reachable, and says so. */
  public static final class Required implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Optional<String> why = unavailable();
      if (why.isEmpty()) return ConditionEvaluationResult.enabled("PostgreSQL at " + url());
      String msg = "SKIPPED PostgreSQL test " + context.getDisplayName() + ": " + why.get()
          + " (run .ci/run, or start PostgreSQL and set LAWIMPACT_TEST_POSTGRESQL_URL/_USER/_PASSWORD)";
      System.err.println("\n**********\n" + msg + "\n**********\n");
      System.out.println(msg);
      return ConditionEvaluationResult.disabled(msg);
    }
  }

  /** The workspace on PostgreSQL instead of the embedded H2 file. */
  public static final class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      if (unavailable().isPresent()) return Map.of();
      return Map.of("lawimpact.drafts.database", "postgresql",
          "lawimpact.drafts.postgresql.url", url(),
          "lawimpact.drafts.postgresql.username", user(),
          "lawimpact.drafts.postgresql.password", password());
    }
  }
}
