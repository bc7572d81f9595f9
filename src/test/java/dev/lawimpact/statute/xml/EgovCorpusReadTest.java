package dev.lawimpact.statute.xml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Outline;
import dev.lawimpact.statute.Provision;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

/**
 * Reads every law of the shared corpus (core/*.xml, then ja/acts.tar.xz; core wins for a law id in
 * both) and checks the invariants the rest of the service relies on: no read fails, every path
 * round-trips and labels, paths are unique within a law, and the element vocabulary is complete.
 */
@Tag("corpus")
class EgovCorpusReadTest {

  private static final Pattern LAW_FILE = Pattern.compile("(?:.*/)?([^/.][^/]*)\\.xml");

  /** Per-run tallies, shared by the two reader threads. */
  private static final class Tally {
    final AtomicLong laws = new AtomicLong();
    final AtomicLong provisions = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final Map<String, AtomicLong> warningsByKind = new ConcurrentHashMap<>();
    final Map<String, String> exampleByKind = new ConcurrentHashMap<>();
    final Set<String> elementNames = ConcurrentHashMap.newKeySet();
    final List<String> failures = new ArrayList<>();
    final List<String> pathProblems = new ArrayList<>();
  }

  @Test
  void everyCorpusLawReadsWithRoundTrippingPathsAndKnownElements() throws Exception {
    Path root = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
    Path core = root.resolve("ja/core");
    Path acts = root.resolve("ja/acts.tar.xz");
    if (!Files.isDirectory(core) || !Files.isRegularFile(acts)) {
      String msg = "corpus not found: " + core.toAbsolutePath() + " and " + acts.toAbsolutePath() + " (set -Dcorpus.dir)";
      System.err.println("SKIPPED corpus test: " + msg);
      Assumptions.assumeTrue(false, msg);
    }

    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    Tally tally = new Tally();
    EgovXmlReader reader = new EgovXmlReader();
    // Two workers for the two cores: the archive is inflated on this thread while they parse.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> pending = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try {
      List<Path> coreFiles;
      try (Stream<Path> files = Files.list(core)) {
        coreFiles = files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
      }
      for (Path f : coreFiles) {
        String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
        seen.add(id);
        byte[] bytes = Files.readAllBytes(f);
        pending.add(pool.submit(() -> check(reader, id, "core/" + id + ".xml", bytes, tally)));
      }
      try (InputStream file = Files.newInputStream(acts);
           TarArchiveInputStream tar = new TarArchiveInputStream(
               new BufferedInputStream(new XZInputStream(new BufferedInputStream(file, 1 << 16)), 1 << 16))) {
        TarArchiveEntry member;
        while ((member = tar.getNextEntry()) != null) {
          Matcher m = LAW_FILE.matcher(member.getName());
          // Hidden members (macOS "._" forks) and directories are not laws.
          if (!member.isFile() || !m.matches() || !seen.add(m.group(1))) continue;
          String id = m.group(1);
          String source = "acts.tar.xz:" + member.getName();
          byte[] bytes = tar.readAllBytes();
          pending.add(pool.submit(() -> check(reader, id, source, bytes, tally)));
        }
      }
      for (Future<?> f : pending) f.get();
    } finally {
      pool.shutdownNow();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    long cpuMs = (processCpuNanos() - cpuStart) / 1_000_000;

    Set<String> unknown = new TreeSet<>();
    for (String n : tally.elementNames) if (EgovElement.of(n) == null) unknown.add(n);

    // CPU time alongside wall time: on a shared machine the wall time says little about the test.
    System.err.printf("corpus read: %d laws, %d provisions, %.1f MiB XML, %d ms elapsed, %d ms CPU%n",
        tally.laws.get(), tally.provisions.get(), tally.bytes.get() / 1048576.0, ms, cpuMs);
    System.err.printf("corpus read: %d distinct element names, %d failed reads, %d path problems%n",
        tally.elementNames.size(), tally.failures.size(), tally.pathProblems.size());
    new TreeMap<>(tally.warningsByKind).forEach((k, v) ->
        System.err.printf("  %6d × %s%n           e.g. %s%n", v.get(), k, tally.exampleByKind.get(k)));
    tally.failures.stream().limit(20).forEach(f -> System.err.println("  FAILED " + f));
    tally.pathProblems.stream().limit(20).forEach(f -> System.err.println("  PATH " + f));

    assertEquals(List.of(), tally.failures);
    assertEquals(1972, tally.laws.get(), "1,971 archive laws plus the core-only ordinance");
    assertEquals(List.of(), tally.pathProblems);
    assertEquals(Set.of(), unknown, "element names missing from EgovElement");
  }

  private static void check(EgovXmlReader reader, String id, String source, byte[] bytes, Tally tally) {
    tally.bytes.addAndGet(bytes.length);
    tally.elementNames.addAll(elementNames(bytes));

    ReadResult r = reader.read(id, source, bytes);
    List<String> problems = new ArrayList<>();
    for (ReadResult.Diagnostic d : r.diagnostics()) {
      String kind = d.severity() + " " + kindOf(d.message());
      tally.warningsByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
      tally.exampleByKind.putIfAbsent(kind, d.where() + ": " + d.message());
    }
    if (r.failed()) {
      synchronized (tally.failures) {
        tally.failures.add(source + " " + r.diagnostics());
      }
      return;
    }
    Law law = r.law();
    tally.laws.incrementAndGet();
    Set<ProvisionPath> paths = new HashSet<>();
    for (Provision p : law.provisions()) {
      tally.provisions.incrementAndGet();
      ProvisionPath path = p.path();
      String s = path.toString();
      try {
        if (!ProvisionPath.parse(s).equals(path)) problems.add(s + " does not parse back to itself");
        path.label();
      } catch (RuntimeException e) {
        problems.add(s + ": " + e);
      }
      if (!path.lawId().equals(new LawId(id))) problems.add(s + " has the wrong law id");
      if (!paths.add(path)) problems.add(s + " is used by two provisions");
    }
    // LawNum is written canonically, so the parsed number must print back to the same text.
    if (law.meta().lawNumber() != null && !law.meta().lawNumber().format().equals(law.meta().lawNumText())) {
      problems.add(source + " LawNum '" + law.meta().lawNumText() + "' formats back as '" + law.meta().lawNumber().format() + "'");
    }
    assertDoesNotThrow(() -> Outline.of(law), source);
    assertTrue(law.meta().title().length() > 0, source);
    if (!problems.isEmpty()) {
      synchronized (tally.pathProblems) {
        tally.pathProblems.addAll(problems);
      }
    }
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /**
   * Start-tag names in the raw bytes: '<' then an ASCII letter (skips {@code </}, {@code <?},
   * {@code <!}). Scanning bytes avoids decoding 270 MiB into strings a second time; tag names are
   * ASCII, and UTF-8 continuation bytes never equal '<'.
   */
  static Set<String> elementNames(byte[] xml) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < xml.length - 1; i++) {
      if (xml[i] != '<' || !isAsciiLetter(xml[i + 1])) continue;
      int j = i + 1;
      while (j < xml.length && (isAsciiLetter(xml[j]) || (xml[j] >= '0' && xml[j] <= '9'))) j++;
      names.add(new String(xml, i + 1, j - i - 1, StandardCharsets.US_ASCII));
      i = j - 1;
    }
    return names;
  }

  private static boolean isAsciiLetter(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }

  /** A diagnostic message with its particulars (quoted values, numbers) removed, to count by kind. */
  private static String kindOf(String message) {
    return message.replaceAll("'[^']*'", "'…'").replaceAll("\\b[a-z]+[0-9][0-9_.:]*", "…").replaceAll("[0-9]+", "N");
  }
}
