package dev.lawimpact.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jboss.logging.Logger;

/**
 * Every {@code *.xml} law file under a directory, recursively, in name order. Handles both flat
 * {@code <LawId>.xml} folders (ja/core) and an extracted e-Gov bulk download with one folder per
 * revision, keeping one revision per law (see {@link LawFiles#pickCurrent}). Other files
 * (README, index CSV) are ignored; hidden files and folders are skipped.
 */
public final class DirectorySource implements CorpusSource {

  private static final Logger LOG = Logger.getLogger(DirectorySource.class);

  private final Path dir;
  private final LocalDate asOf;

  public DirectorySource(Path dir) {
    this(dir, LawFiles.today());
  }

  /** @param asOf date deciding which revision is current when several are present */
  public DirectorySource(Path dir, LocalDate asOf) {
    this.dir = dir;
    this.asOf = asOf;
  }

  public Path path() {
    return dir;
  }

  @Override
  public String description() {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return (name == null ? dir.toString() : name.toString()) + "/";
  }

  @Override
  public void read(CorpusVisitor visitor) throws IOException {
    List<Path> files = listXml(visitor);
    List<Path> dropped = new ArrayList<>();
    for (Path file : LawFiles.pickCurrent(files, this::relative, asOf, dropped)) {
      String name = relative(file);
      String lawId = LawFiles.lawIdOrSkip(description(), name, visitor);
      if (lawId == null || !visitor.wants(lawId)) continue;
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        visitor.problem(new CorpusProblem(description(), name, "unreadable: " + LawFiles.describe(e)));
        continue;
      }
      if (bytes.length == 0) {
        visitor.problem(new CorpusProblem(description(), name, "empty file"));
        continue;
      }
      visitor.entry(new CorpusEntry(lawId, name, description(), bytes));
    }
    dropped.forEach(f -> LOG.debugf("%s: %s is not the current revision; skipped", description(), relative(f)));
  }

  @Override
  public String fingerprint() throws IOException {
    if (!Files.isDirectory(dir)) return "dir " + dir.toAbsolutePath().normalize() + " absent";
    StringBuilder sb = new StringBuilder("dir ").append(dir.toAbsolutePath().normalize()).append('\n');
    List<Path> files = listXml(null);
    Set<Path> kept = Set.copyOf(LawFiles.pickCurrent(files, this::relative, asOf, new ArrayList<>()));
    for (Path f : files) {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      sb.append(kept.contains(f) ? "* " : "  ").append(relative(f)).append(' ').append(a.size())
          .append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
    }
    return sb.toString();
  }

  private String relative(Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  /** Regular *.xml files, sorted by relative name; walk failures go to the visitor (or throw when none). */
  private List<Path> listXml(CorpusVisitor visitor) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS))
        throw new NoSuchFileException(dir.toAbsolutePath().toString(), null, "corpus directory not found");
      throw new IOException(dir.toAbsolutePath() + ": not a directory");
    }
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return !d.equals(dir) && d.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        String n = f.getFileName().toString();
        if (attrs.isRegularFile() && !n.startsWith(".") && n.toLowerCase(Locale.ROOT).endsWith(".xml"))
          files.add(f);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
        if (visitor == null) throw e;
        visitor.problem(new CorpusProblem(description(), relative(f), "unreadable: " + LawFiles.describe(e)));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(Comparator.comparing(this::relative));
    return files;
  }
}
