package dev.lawimpact.drafts;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the datasource switches from two friendly keys, so a deployment sets
 * {@code lawimpact.drafts.database=postgresql} instead of three Quarkus datasource flags, and the
 * embedded H2 file lands under {@code lawimpact.data-dir} as an absolute path (H2 refuses paths that
 * are implicitly relative). The values sit at a low ordinal: explicit quarkus.datasource.* settings win.
 */
public final class DatabaseConfigFactory implements ConfigSourceFactory {

  static final String DATABASE = "lawimpact.drafts.database";
  static final String H2_PATH = "lawimpact.drafts.h2-path";

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    String database = value(context, DATABASE, "h2").trim().toLowerCase(Locale.ROOT);
    boolean postgres = database.equals("postgresql") || database.equals("postgres");
    String h2Path = value(context, H2_PATH, "");
    if (h2Path.isBlank()) h2Path = Path.of(value(context, "lawimpact.data-dir", "data"), "drafts", "drafts").toString();
    String absolute = Path.of(h2Path).toAbsolutePath().normalize().toString();
    // WRITE_DELAY=0: a commit reaches the file before the request is acknowledged (survives kill -9).
    String url = "jdbc:h2:file:" + absolute + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    Map<String, String> props = Map.of(
        "quarkus.datasource.active", Boolean.toString(!postgres),
        "quarkus.datasource.jdbc.url", url,
        "quarkus.datasource.\"postgresql\".active", Boolean.toString(postgres),
        "quarkus.datasource.postgresql.active", Boolean.toString(postgres));
    return List.of(new PropertiesConfigSource(props, "lawimpact-drafts-database", 150));
  }

  private static String value(ConfigSourceContext context, String name, String fallback) {
    ConfigValue v = context.getValue(name);
    return v == null || v.getValue() == null ? fallback : v.getValue();
  }
}
