package dev.lawimpact.drafts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/** The active datasource (embedded H2 or PostgreSQL, chosen by lawimpact.drafts.database) and transactions on it. */
@ApplicationScoped
class Database {

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @Inject DraftsConfig config;
  @Inject @Any Instance<AgroalDataSource> dataSources;

  private volatile AgroalDataSource ds;

  boolean postgres() {
    String db = config.database().trim().toLowerCase(java.util.Locale.ROOT);
    return db.equals("postgresql") || db.equals("postgres");
  }

  private AgroalDataSource ds() {
    AgroalDataSource d = ds;
    if (d == null) {
      // Only the active one may be resolved: the inactive datasource bean refuses to start.
      d = postgres() ? dataSources.select(new DataSource.DataSourceLiteral("postgresql")).get()
          : dataSources.select(Default.Literal.INSTANCE).get();
      ds = d;
    }
    return d;
  }

  private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Database.class);

  /**
   * Runs work in one transaction. SQL failures never reach callers or logs with their message (drivers
   * quote the values that failed, which may be draft text): an integrity violation is a CONFLICT (two
   * saves raced), anything else UNAVAILABLE, logged by SQL state and error code only.
   */
  <T> T tx(Work<T> work) {
    try (Connection c = ds().getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "?" : e.getSQLState();
      if (state.startsWith("23")) {
        throw new WorkspaceException(WorkspaceException.Kind.CONFLICT, "concurrent change; reload and retry");
      }
      LOG.errorf("draft storage failure: SQL state %s, error code %d", state, e.getErrorCode());
      throw new WorkspaceException(WorkspaceException.Kind.UNAVAILABLE, "draft storage unavailable");
    }
  }
}
