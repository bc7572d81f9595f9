package dev.lawimpact.corpus;

/**
 * Receives what a {@link CorpusSource} reads. Methods are called sequentially on the thread that
 * called {@link CorpusSource#read}; every entry owns a fresh byte array, so an implementation may
 * hand entries to worker threads and let parsing overlap decompression.
 */
public interface CorpusVisitor {

  void entry(CorpusEntry entry);

  void problem(CorpusProblem problem);

  /**
   * Asked before a member's bytes are read; returning {@code false} lets the source skip the
   * member without materialising it (an archive still streams over it).
   */
  default boolean wants(String lawId) {
    return true;
  }
}
