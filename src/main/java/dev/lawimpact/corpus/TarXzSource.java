package dev.lawimpact.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A {@code .tar.xz} archive of {@code <LawId>.xml} files (the format of ja/acts.tar.xz and
 * ja/orders.tar.xz), decompressed as a stream: each member goes to the visitor as soon as it is
 * inflated, and members the visitor does not want are streamed over without being kept.
 * Several revisions of one law are all delivered, in archive order ({@link CorpusLoader} keeps the
 * first).
 */
public final class TarXzSource implements CorpusSource {

  private static final int BUFFER = 1 << 16;

  private final Path archive;

  public TarXzSource(Path archive) {
    this.archive = archive;
  }

  public Path path() {
    return archive;
  }

  @Override
  public String description() {
    return archive.getFileName().toString();
  }

  @Override
  public String fingerprint() throws IOException {
    return ArchiveStamp.of("tar.xz", archive);
  }

  @Override
  public void read(CorpusVisitor visitor) throws IOException {
    if (!Files.isRegularFile(archive))
      throw new NoSuchFileException(archive.toAbsolutePath().toString(), null, "corpus archive not found");
    String last = null;    // last member whose header was read
    boolean inData = false; // failure while reading that member's bytes (else: in the next header)
    // Buffer both sides of the decoder: xz reads small chunks of the file, tar reads 512-byte records.
    try (InputStream file = Files.newInputStream(archive);
       TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(
           new XZInputStream(new BufferedInputStream(file, BUFFER)), BUFFER))) {
      TarArchiveEntry member;
      while ((member = tar.getNextEntry()) != null) {
        last = member.getName();
        if (!member.isFile()) continue;
        String lawId = LawFiles.lawIdOrSkip(description(), last, visitor);
        if (lawId == null || !visitor.wants(lawId)) continue; // getNextEntry() skips the data
        long size = member.getSize();
        if (size > Integer.MAX_VALUE - 16) {
          visitor.problem(new CorpusProblem(description(), last, "member too large: " + size + " bytes"));
          continue;
        }
        inData = true;
        byte[] bytes = new byte[(int) size];
        int n = tar.readNBytes(bytes, 0, bytes.length);
        if (n < size) {
          visitor.problem(new CorpusProblem(description(), last,
              "truncated member: " + n + " of " + size + " bytes; reading stopped"));
          return;
        }
        inData = false;
        if (size == 0) visitor.problem(new CorpusProblem(description(), last, "empty member"));
        else visitor.entry(new CorpusEntry(lawId, last, description(), bytes));
      }
    } catch (IOException e) {
      String where = inData || last == null ? "" : " after member " + last;
      visitor.problem(new CorpusProblem(description(), inData ? last : null,
          "archive damaged" + where + ", reading stopped: " + LawFiles.describe(e)));
    }
  }
}
