package dev.lawimpact.corpus;

import static dev.lawimpact.corpus.Fixtures.law;
import static dev.lawimpact.corpus.Fixtures.members;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DirectorySource, ZipSource and TarXzSource on small archives built in the test. */
class SourcesTest {

  static final String A = "599AC0000000001", B = "599AC0000000002", C = "599AC0000000003";
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  @TempDir
  Path tmp;

  /** The same members in every archive kind: two laws, a directory, an index CSV and a stray text file. */
  Map<String, byte[]> mixedMembers() {
    return members(
        A + ".xml", law("第一法"),
        "sub/", new byte[0],
        "sub/" + B + "_20200401_000000000000000.xml", law("第二法"),
        "1.csv", "法令種別,法令番号\n".getBytes(StandardCharsets.UTF_8),
        "sub/._" + B + ".xml", new byte[]{0, 5, 22, 7}, // macOS resource fork: silently skipped
        "notes.txt", "not a law".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tarXzStreamsLawsAndReportsNonXmlMembers() throws IOException {
    Path archive = Fixtures.tarXz(tmp.resolve("laws.tar.xz"), mixedMembers());
    Fixtures.Recorder r = new Fixtures.Recorder();
    new TarXzSource(archive).read(r);
    assertEquals(List.of(A, B), r.ids());
    assertEquals(List.of(A + ".xml", "sub/" + B + "_20200401_000000000000000.xml"), r.names());
    assertArrayEquals(law("第一法"), r.entries.get(0).content());
    assertEquals("laws.tar.xz", r.entries.get(0).origin());
    assertEquals(List.of(new CorpusProblem("laws.tar.xz", "notes.txt", "not an .xml law file; skipped")), r.problems);
  }

  @Test
  void zipReadsBulkDownloadLayoutKeepingTheRevisionInForce() throws IOException {
    String old = A + "_20200401_000000000000000", future = A + "_20300101_612AC0000000001";
    Path zip = Fixtures.zip(tmp.resolve("bulk.zip"), members(
        old + "/", new byte[0],
        old + "/" + old + ".xml", law("現行"),
        future + "/" + future + ".xml", law("未施行"),
        B + "_19990813_000000000000000/" + B + "_19990813_000000000000000.xml", law("第二法"),
        "1.csv", "法令種別,法令番号\n".getBytes(StandardCharsets.UTF_8)));
    Fixtures.Recorder r = new Fixtures.Recorder();
    new ZipSource(zip, AS_OF).read(r);
    assertEquals(List.of(A, B), r.ids());
    assertEquals(old + "/" + old + ".xml", r.entries.get(0).name());
    assertArrayEquals(law("現行"), r.entries.get(0).content());
    assertEquals(List.of(), r.problems);
  }

  @Test
  void directoryWalksRevisionFoldersAndIgnoresNonXmlFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("core"));
    Files.write(dir.resolve(B + ".xml"), law("第二法"));
    Path rev = Files.createDirectories(dir.resolve(A + "_20200401_000000000000000"));
    Files.write(rev.resolve(A + "_20200401_000000000000000.xml"), law("第一法"));
    Path future = Files.createDirectories(dir.resolve(A + "_20300101_612AC0000000001"));
    Files.write(future.resolve(A + "_20300101_612AC0000000001.xml"), law("未施行"));
    Files.writeString(dir.resolve("README.md"), "not a law");
    Files.write(dir.resolve(".hidden.xml"), law("隠し"));
    Files.write(dir.resolve("GAPS.xml"), law("名前が違う"));
    Files.write(dir.resolve(C + ".xml"), new byte[0]);

    Fixtures.Recorder r = new Fixtures.Recorder();
    new DirectorySource(dir, AS_OF).read(r);
    assertEquals(List.of(A, B), r.ids()); // sorted by relative path
    assertEquals(List.of(A + "_20200401_000000000000000/" + A + "_20200401_000000000000000.xml", B + ".xml"), r.names());
    assertEquals("core/", r.entries.get(0).origin());
    assertEquals(List.of(
        new CorpusProblem("core/", "599AC0000000003.xml", "empty file"),
        new CorpusProblem("core/", "GAPS.xml", "file name does not start with a law id; skipped")), r.problems);
  }

  @Test
  void unwantedMembersAreSkippedWithoutBeingDelivered() throws IOException {
    Path archive = Fixtures.tarXz(tmp.resolve("laws.tar.xz"), members(
        A + ".xml", law("一"), B + ".xml", law("二"), C + ".xml", law("三")));
    Path zip = Fixtures.zip(tmp.resolve("laws.zip"), members(
        A + ".xml", law("一"), B + ".xml", law("二"), C + ".xml", law("三")));
    for (CorpusSource source : List.of(new TarXzSource(archive), new ZipSource(zip))) {
      Fixtures.Recorder r = new Fixtures.Recorder(id -> !id.equals(B));
      source.read(r);
      assertEquals(List.of(A, C), r.ids(), source.description());
      assertEquals(List.of(A, B, C), r.asked, source.description());
    }
  }

  @Test
  void truncatedXzStreamKeepsTheMembersBeforeTheCut() throws IOException {
    // Six ~64 KiB members of random text: xz cannot shrink them, so a cut at 75% lands mid-archive.
    Map<String, byte[]> six = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 6; i++) six.put("59%dAC0000000001.xml".formatted(i), Fixtures.bulkyLaw("法" + i, 64 * 1024, i));
    Path archive = Fixtures.truncate(Fixtures.tarXz(tmp.resolve("cut.tar.xz"), six), 0.75);

    Fixtures.Recorder r = new Fixtures.Recorder();
    new TarXzSource(archive).read(r);
    List<String> names = List.copyOf(six.keySet());
    assertTrue(r.entries.size() >= 2 && r.entries.size() < 6, "entries before the cut: " + r.names());
    assertEquals(names.subList(0, r.entries.size()), r.names());
    for (CorpusEntry e : r.entries) assertArrayEquals(six.get(e.name()), e.content());
    assertEquals(1, r.problems.size(), r.problems.toString());
    CorpusProblem p = r.problems.get(0);
    assertEquals("cut.tar.xz", p.origin());
    assertTrue(p.reason().contains("reading stopped"), p.reason());
    if (p.name() != null) assertEquals(names.get(r.entries.size()), p.name());
  }

  @Test
  void truncatedTarInsideCompleteXzNamesTheBrokenMember() throws IOException {
    byte[] first = law("一"), second = Fixtures.bulkyLaw("二", 4096, 7);
    byte[] tar = Fixtures.tar(members(A + ".xml", first, B + ".xml", second, C + ".xml", law("三")));
    int cut = 512 + (first.length + 511) / 512 * 512 + 512 + 1000; // inside B's data
    Path archive = Files.write(tmp.resolve("short.tar.xz"), Fixtures.xz(java.util.Arrays.copyOf(tar, cut)));

    Fixtures.Recorder r = new Fixtures.Recorder();
    new TarXzSource(archive).read(r);
    assertEquals(List.of(A), r.ids());
    assertEquals(1, r.problems.size(), r.problems.toString());
    assertEquals(B + ".xml", r.problems.get(0).name());
  }

  @Test
  void truncatedZipFallsBackToLocalHeaders() throws IOException {
    Map<String, byte[]> four = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 4; i++) four.put("59%dAC0000000001.xml".formatted(i), Fixtures.bulkyLaw("法" + i, 16 * 1024, i));
    Path zip = Fixtures.truncate(Fixtures.zip(tmp.resolve("cut.zip"), four), 0.6);

    Fixtures.Recorder r = new Fixtures.Recorder();
    new ZipSource(zip).read(r);
    assertEquals(List.copyOf(four.keySet()).subList(0, 2), r.names());
    assertEquals(2, r.problems.size(), r.problems.toString());
    assertNull(r.problems.get(0).name());
    assertTrue(r.problems.get(0).reason().startsWith("central directory unreadable"), r.problems.get(0).reason());
    assertEquals("593AC0000000001.xml", r.problems.get(1).name());
  }

  @Test
  void garbageArchiveIsAProblemNotAnException() throws IOException {
    Path notXz = Files.writeString(tmp.resolve("junk.tar.xz"), "this is not xz");
    Fixtures.Recorder r = new Fixtures.Recorder();
    new TarXzSource(notXz).read(r);
    assertEquals(List.of(), r.entries);
    assertEquals(1, r.problems.size());
    assertNull(r.problems.get(0).name());
  }

  @Test
  void missingPathsAreNamedInTheException() {
    Path missing = tmp.resolve("nowhere");
    for (CorpusSource s : List.of(new DirectorySource(missing), new ZipSource(missing.resolve("a.zip")),
        new TarXzSource(missing.resolve("a.tar.xz")))) {
      NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> s.read(new Fixtures.Recorder()));
      assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
  }
}
