package dev.lawimpact.citations.refs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

/** The extractor over every law of ja/core and ja/acts.tar.xz (core files win): counts, reasons, time. */
@Tag("corpus")
class CorpusReferenceTest {

  @Test
  void wholeCorpus() throws IOException {
    Path root = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
    Path acts = root.resolve("ja/acts.tar.xz");
    Path core = root.resolve("ja/core");
    if (!Files.isRegularFile(acts)) {
      String msg = "SKIPPED corpus test: " + acts.toAbsolutePath() + " not found (set -Dcorpus.dir=…)";
      System.err.println(msg);
      Assumptions.assumeTrue(false, msg);
    }
    long t0 = System.nanoTime();
    EgovXmlReader reader = new EgovXmlReader();
    Map<LawId, Law> laws = new LinkedHashMap<>();
    if (Files.isDirectory(core)) {
      try (Stream<Path> files = Files.list(core)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
          String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
          if (!LawId.isValid(id)) continue;
          reader.read(id, f.toString(), Files.readAllBytes(f)).lawIfRead().ifPresent(l -> laws.put(l.meta().lawId(), l));
        }
      }
    }
    int coreCount = laws.size();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZInputStream(new BufferedInputStream(Files.newInputStream(acts), 1 << 16)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (!e.isFile() || !e.getName().endsWith(".xml")) continue;
        String id = e.getName().replaceFirst(".*/", "").replaceFirst("\\.xml$", "");
        if (!LawId.isValid(id) || laws.containsKey(new LawId(id))) continue;
        ReadResult r = reader.read(id, e.getName(), tar.readAllBytes());
        r.lawIfRead().ifPresent(l -> laws.put(l.meta().lawId(), l));
      }
    }
    long readMs = (System.nanoTime() - t0) / 1_000_000;
    List<LawMeta> metas = laws.values().stream().map(Law::meta).toList();
    LawTitleResolver titles = LawTitleResolver.build(metas);

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long total = 0;
    long resolved = 0;
    long checked = 0;
    long junyo = 0;
    long yomikae = 0;
    Map<Reason, Long> reasons = new EnumMap<>(Reason.class);
    Map<MentionKind, Long> kinds = new EnumMap<>(MentionKind.class);
    Map<Reason, List<String>> examples = new EnumMap<>(Reason.class);
    Map<String, Long> unknownNames = new TreeMap<>();
    for (Law law : laws.values()) {
      for (Reference r : ReferenceExtractor.extract(law, titles)) {
        total++;
        kinds.merge(r.mention().kind(), 1L, Long::sum);
        if (r.resolution() instanceof Resolution.Resolved ok) {
          resolved++;
          if (ok.checked()) checked++;
          if (ok.junyo()) junyo++;
          if (ok.yomikae()) yomikae++;
        } else {
          Resolution.Unresolved u = (Resolution.Unresolved) r.resolution();
          reasons.merge(u.reason(), 1L, Long::sum);
          List<String> ex = examples.computeIfAbsent(u.reason(), k -> new ArrayList<>());
          if (ex.size() < 6 && total % 97 == 0) ex.add(r.mention().source() + " " + r.mention().text() + " (" + u.detail() + ")");
          if (u.reason() == Reason.UNKNOWN_LAW) unknownNames.merge(u.detail(), 1L, Long::sum);
        }
      }
    }
    long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    long wallMs = (System.nanoTime() - wall0) / 1_000_000;
    System.out.printf("reference extraction: %d laws (%d from core), read in %d ms%n", laws.size(), coreCount, readMs);
    System.out.printf("mentions %d, resolved %d (%.1f%%), of which checked against the tree %d; junyo %d, yomikae %d%n",
        total, resolved, 100.0 * resolved / Math.max(1, total), checked, junyo, yomikae);
    System.out.println("kinds " + kinds);
    System.out.println("unresolved by reason " + reasons);
    examples.forEach((k, v) -> v.forEach(x -> System.out.println("  " + k + ": " + x)));
    System.out.println("most frequent unknown names: " + unknownNames.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(15).toList());
    System.out.printf("extraction time: %d ms CPU, %d ms wall%n", cpuMs, wallMs);
    assertTrue(total > 0);
    assertTrue(cpuMs < 30_000, "extraction took " + cpuMs + " ms CPU");
  }
}
