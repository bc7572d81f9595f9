package dev.lawimpact.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jboss.logging.Logger;

/**
 * An e-Gov bulk-download zip ({@code <law_revision_id>/<law_revision_id>.xml} members plus an
 * index CSV), or any zip of {@code <LawId>.xml} files. Reads through the central directory, which
 * lets it keep one revision per law ({@link LawFiles#pickCurrent}); when the central directory is
 * unreadable (a truncated download) it falls back to reading local headers in order, recovering
 * every member before the damage.
 */
public final class ZipSource implements CorpusSource {

  private static final Logger LOG = Logger.getLogger(ZipSource.class);

  private final Path zip;
  private final LocalDate asOf;

  public ZipSource(Path zip) {
    this(zip, LawFiles.today());
  }

  /** @param asOf date deciding which revision is current when several are present */
  public ZipSource(Path zip, LocalDate asOf) {
    this.zip = zip;
    this.asOf = asOf;
  }

  public Path path() {
    return zip;
  }

  @Override
  public String description() {
    return zip.getFileName().toString();
  }

  @Override
  public String fingerprint() throws IOException {
    return ArchiveStamp.of("zip", zip);
  }

  @Override
  public void read(CorpusVisitor visitor) throws IOException {
    if (!Files.isRegularFile(zip))
      throw new NoSuchFileException(zip.toAbsolutePath().toString(), null, "corpus zip not found");
    ZipFile zf;
    try {
      zf = ZipFile.builder().setPath(zip).get();
    } catch (IOException e) {
      visitor.problem(new CorpusProblem(description(), null,
          "central directory unreadable (" + LawFiles.describe(e) + "); reading members sequentially"));
      readSequentially(visitor);
      return;
    }
    try (zf) {
      List<ZipArchiveEntry> members = new ArrayList<>();
      for (ZipArchiveEntry e : Collections.list(zf.getEntries())) if (!e.isDirectory()) members.add(e);
      members.sort(Comparator.comparing(ZipArchiveEntry::getName));
      List<ZipArchiveEntry> dropped = new ArrayList<>();
      for (ZipArchiveEntry member : LawFiles.pickCurrent(members, ZipArchiveEntry::getName, asOf, dropped)) {
        String name = member.getName();
        String lawId = LawFiles.lawIdOrSkip(description(), name, visitor);
        if (lawId == null || !visitor.wants(lawId)) continue;
        try (InputStream in = zf.getInputStream(member)) {
          deliver(visitor, lawId, name, in.readAllBytes(), member.getSize());
        } catch (IOException e) {
          visitor.problem(new CorpusProblem(description(), name, "unreadable member: " + LawFiles.describe(e)));
        }
      }
      dropped.forEach(m -> LOG.debugf("%s: %s is not the current revision; skipped", description(), m.getName()));
    }
  }

  private void readSequentially(CorpusVisitor visitor) throws IOException {
    String current = null;
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(
        new BufferedInputStream(Files.newInputStream(zip), 1 << 16), "UTF-8", true, true)) {
      ZipArchiveEntry member;
      while ((member = in.getNextEntry()) != null) {
        current = member.getName();
        if (member.isDirectory()) continue;
        String lawId = LawFiles.lawIdOrSkip(description(), current, visitor);
        if (lawId == null || !visitor.wants(lawId)) continue;
        deliver(visitor, lawId, current, in.readAllBytes(), member.getSize());
      }
    } catch (IOException e) {
      visitor.problem(new CorpusProblem(description(), current, "archive damaged, reading stopped: " + LawFiles.describe(e)));
    }
  }

  private void deliver(CorpusVisitor visitor, String lawId, String name, byte[] bytes, long expected) {
    if (expected >= 0 && bytes.length != expected)
      visitor.problem(new CorpusProblem(description(), name,
          "truncated member: " + bytes.length + " of " + expected + " bytes"));
    else if (bytes.length == 0)
      visitor.problem(new CorpusProblem(description(), name, "empty member"));
    else
      visitor.entry(new CorpusEntry(lawId, name, description(), bytes));
  }
}
