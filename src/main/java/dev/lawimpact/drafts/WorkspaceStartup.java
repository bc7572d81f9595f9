package dev.lawimpact.drafts;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator from configuration. In the prod profile a configured admin password
 * that is short or well known stops start-up; with none configured and no administrator in the
 * database the service still starts (the public statute features need no account) but nobody can log
 * in to the workspace until one is configured, which the log says loudly.
 */
@ApplicationScoped
public class WorkspaceStartup {

  private static final Logger LOG = Logger.getLogger(WorkspaceStartup.class);
  private static final Set<String> WELL_KNOWN = Set.of("admin", "administrator", "password", "changeme", "change-me",
      "change_me", "secret", "letmein", "default", "12345678", "123456789012", "password123", "adminadmin",
      "admin123456", "changemenow", "passwordpassword");
  static final int MIN_ADMIN_PASSWORD = 12;

  @Inject DraftWorkspace workspace;
  @Inject DraftsConfig config;

  void onStart(@Observes StartupEvent ev) {
    boolean prod = ConfigUtils.getProfiles().contains("prod");
    String username = config.admin().username();
    Optional<String> password = config.admin().password().filter(p -> !p.isBlank());
    // SmallRye treats an empty value as absent, so an explicitly empty variable is looked for directly.
    boolean explicitlyEmpty = blankButSet(System.getenv("LAWIMPACT_DRAFTS_ADMIN_PASSWORD"))
        || blankButSet(System.getProperty("lawimpact.drafts.admin.password"));
    if (prod) {
      if (explicitlyEmpty) {
        throw new IllegalStateException("Refusing to start: lawimpact.drafts.admin.password is set but empty."
            + " Set LAWIMPACT_DRAFTS_ADMIN_PASSWORD to a long random secret.");
      }
      String problem = weakness(username, password.orElse(null));
      if (password.isPresent() && problem != null) {
        throw new IllegalStateException("Refusing to start: lawimpact.drafts.admin.password " + problem
            + ". Set LAWIMPACT_DRAFTS_ADMIN_PASSWORD to a long random secret.");
      }
    }
    if (password.isPresent()) {
      if (workspace.bootstrapAdmin(username, password.get())) {
        LOG.infof("Draft workspace: created the administrator account '%s' from configuration", username);
      }
    } else if (!workspace.anyAdmin()) {
      LOG.warn("Draft workspace: no administrator account and no lawimpact.drafts.admin.password configured;"
          + " nobody can log in to the draft workspace. Set LAWIMPACT_DRAFTS_ADMIN_PASSWORD (12+ characters) and restart.");
    }
  }

  private static boolean blankButSet(String v) {
    return v != null && v.isBlank();
  }

  /** Why a password is unacceptable for the first administrator in production, or null. */
  static String weakness(String username, String password) {
    if (password == null || password.isBlank()) return "is empty";
    if (password.length() < MIN_ADMIN_PASSWORD) return "is shorter than " + MIN_ADMIN_PASSWORD + " characters";
    String p = password.toLowerCase(Locale.ROOT);
    if (WELL_KNOWN.contains(p) || p.equals(username.toLowerCase(Locale.ROOT))) return "is a well-known default";
    if (p.chars().distinct().count() < 4) return "has too few distinct characters";
    return null;
  }
}
