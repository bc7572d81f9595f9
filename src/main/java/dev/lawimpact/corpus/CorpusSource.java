package dev.lawimpact.corpus;

import java.io.IOException;

/**
 * A place law XML files come from: a directory, an e-Gov bulk-download zip, a tar.xz archive or
 * the e-Gov API. Use {@link CorpusLoader#open(String)} to get one from a location string.
 */
public interface CorpusSource {

  /** Short human description used as {@link CorpusEntry#origin()}, e.g. {@code acts.tar.xz}. */
  String description();

  /**
   * Streams every law file to the visitor. Damage found while reading (a truncated archive, an
   * unreadable member) is reported through {@link CorpusVisitor#problem} and reading goes on or
   * ends normally, keeping what was read; an {@link IOException} is thrown only when the source
   * cannot be opened at all (for instance a missing path, named in the message).
   */
  void read(CorpusVisitor visitor) throws IOException;

  /**
   * Cheap stamp of the source's current state (paths, sizes, modification times), without reading
   * contents; it changes when the files change. See {@link CorpusLoader#fingerprint}.
   */
  String fingerprint() throws IOException;
}
