package dev.lawimpact.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads the real shared corpus (system property {@code corpus.dir}, default ../shared/corpus)
 * through the default locations. Skips loudly when the corpus is absent.
 */
@Tag("corpus")
class CorpusScaleTest {

  @Test
  void defaultCorpusReadsEveryActOnceWithCoreWinning() throws IOException {
    Path root = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
    Path core = root.resolve("ja/core"), acts = root.resolve("ja/acts.tar.xz");
    boolean present = Files.isDirectory(core) && Files.isRegularFile(acts);
    if (!present) System.err.println("SKIPPED corpus test: " + core.toAbsolutePath() + " or " + acts.toAbsolutePath() + " not found");
    Assumptions.assumeTrue(present, "corpus not found under " + root.toAbsolutePath() + " (set -Dcorpus.dir)");

    Set<String> coreIds = new HashSet<>();
    try (Stream<Path> files = Files.list(core)) {
      files.forEach(f -> coreIds.add(CorpusEntry.lawIdOf(f.getFileName().toString())));
    }
    assertEquals(41, coreIds.size());

    // The archive alone: every member, timed.
    Fixtures.Recorder archive = new Fixtures.Recorder();
    long start = System.nanoTime();
    new TarXzSource(acts).read(archive);
    long archiveMs = (System.nanoTime() - start) / 1_000_000;
    long bytes = archive.entries.stream().mapToLong(CorpusEntry::size).sum();
    System.err.printf("acts.tar.xz: %d members, %.1f MiB, read in %d ms%n", archive.entries.size(), bytes / 1048576.0, archiveMs);
    assertEquals(1971, archive.entries.size());
    assertEquals(List.of(), archive.problems);

    // The default corpus: core first, so its 41 laws win and their archive copies are skipped.
    List<Path> locations = CorpusLoader.defaultLocations(root);
    assertEquals(List.of(core, acts), locations);
    List<CorpusSource> sources = List.of(new DirectorySource(core), new TarXzSource(acts));
    Map<String, String> originById = new HashMap<>();
    int[] problems = {0};
    CorpusLoader.Summary summary = CorpusLoader.load(sources, new CorpusVisitor() {
      @Override
      public void entry(CorpusEntry e) {
        assertTrue(originById.put(e.lawId(), e.origin()) == null, "delivered twice: " + e.lawId());
      }

      @Override
      public void problem(CorpusProblem p) {
        System.err.println("problem: " + p);
        problems[0]++;
      }
    });
    System.err.printf("default corpus (core + acts.tar.xz): %d laws, %d shadowed, %d problems, %d ms%n",
        summary.entries(), summary.shadowed(), summary.problems(), summary.elapsed().toMillis());

    Set<String> expected = new HashSet<>(coreIds);
    archive.entries.forEach(e -> expected.add(e.lawId()));
    // 1,971 archive laws (1,970 Acts + the Constitution) plus the one core-only ministerial ordinance.
    assertEquals(1972, expected.size());
    assertEquals(expected, originById.keySet());
    assertEquals(0, problems[0]);
    for (String id : coreIds) assertEquals("core/", originById.get(id), id);
    assertEquals(1971 + 41 - 1972, summary.shadowed()); // 40 core laws also in the archive
    assertTrue(originById.values().stream().filter("acts.tar.xz"::equals).count() == 1972 - 41);
  }
}
