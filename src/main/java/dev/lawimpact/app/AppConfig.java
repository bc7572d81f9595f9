package dev.lawimpact.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Typed configuration (application.properties, or LAWIMPACT_… environment variables). */
@ConfigMapping(prefix = "lawimpact")
public interface AppConfig {

  Corpus corpus();

  /** Where indexes are kept (created if missing). */
  @WithDefault("data")
  String dataDir();

  Index index();

  Search search();

  Reference reference();

  interface Reference {
    /**
     * Folder with glossary/ (egov_abb.json, the MoJ dictionary) and en/ (English translations), laid
     * out like ../shared/corpus; default: the corpus root.
     */
    Optional<String> root();
  }

  interface Corpus {
    /**
     * Explicit corpus locations, ';'-separated, earlier ones winning for the same law id: directories
     * of XML, e-Gov bulk .zip files, .tar.xz archives, or egov:[BASE_URL]?ids=… (see corpus/README.md).
     */
    Optional<String> locations();

    /**
     * A corpus root laid out like ../shared/corpus (ja/core + ja/acts.tar.xz), used when no explicit
     * locations are given. Default: system property corpus.dir, env CORPUS_DIR, else ../shared/corpus.
     */
    Optional<String> root();
  }

  interface Index {
    /** Parser/indexer threads; 0 = one per core. */
    @WithDefault("0")
    int threads();

    /** IndexWriter RAM buffer; keep well under the heap (the service runs in 1 GiB). */
    @WithDefault("128")
    double ramBufferMb();
  }

  interface Search {
    /** Result cache entries (0 disables); cleared whenever a new index is swapped in. */
    @WithDefault("2048")
    int cacheSize();
  }
}
