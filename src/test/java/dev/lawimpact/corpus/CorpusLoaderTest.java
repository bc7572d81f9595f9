package dev.lawimpact.corpus;

import static dev.lawimpact.corpus.Fixtures.law;
import static dev.lawimpact.corpus.Fixtures.members;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

  static final String A = "599AC0000000001", B = "599AC0000000002", C = "599AC0000000003";

  @TempDir
  Path tmp;
  Path core, acts;

  @BeforeEach
  void corpus() throws IOException {
    core = Files.createDirectories(tmp.resolve("ja/core"));
    Files.write(core.resolve(A + ".xml"), law("第一法（新）"));
    acts = Fixtures.tarXz(tmp.resolve("ja/acts.tar.xz"), members(
        A + ".xml", law("第一法（旧）"), B + ".xml", law("第二法"), C + ".xml", law("第三法")));
  }

  @Test
  void firstListedSourceWinsAndTheLaterCopyIsSkippedCheaply() {
    Fixtures.Recorder r = new Fixtures.Recorder();
    CorpusLoader.Summary s = CorpusLoader.load(List.of(new DirectorySource(core), new TarXzSource(acts)), r);
    assertEquals(List.of(A, B, C), r.ids());
    assertEquals("core/", r.entries.get(0).origin());
    assertArrayEquals(law("第一法（新）"), r.entries.get(0).content());
    assertEquals(List.of(A, B, C), r.asked); // the archive's A never reached the caller's visitor
    assertEquals(new CorpusLoader.Summary(3, 1, 0, s.elapsed()), s);

    Fixtures.Recorder reversed = new Fixtures.Recorder();
    CorpusLoader.load(List.of(new TarXzSource(acts), new DirectorySource(core)), reversed);
    assertEquals(List.of(A, B, C), reversed.ids());
    assertArrayEquals(law("第一法（旧）"), reversed.entries.get(0).content());
  }

  @Test
  void callersFilterIsHonoured() {
    Fixtures.Recorder r = new Fixtures.Recorder(id -> id.equals(B));
    CorpusLoader.Summary s = CorpusLoader.load(List.of(new DirectorySource(core), new TarXzSource(acts)), r);
    assertEquals(List.of(B), r.ids());
    assertEquals(1, s.entries());
  }

  @Test
  void aMissingSourceIsAProblemAndTheOthersAreStillRead() {
    Path gone = tmp.resolve("ja/orders.tar.xz");
    Fixtures.Recorder r = new Fixtures.Recorder();
    CorpusLoader.Summary s = CorpusLoader.load(List.of(new TarXzSource(gone), new DirectorySource(core)), r);
    assertEquals(List.of(A), r.ids());
    assertEquals(1, s.problems());
    CorpusProblem p = r.problems.get(0);
    assertEquals("orders.tar.xz", p.origin());
    assertTrue(p.reason().contains(gone.toAbsolutePath().toString()) && p.reason().contains("not found"), p.reason());
  }

  @Test
  void twoRevisionsOfOneLawInAStreamKeepTheFirstAndSaySo() throws IOException {
    Path dup = Fixtures.tarXz(tmp.resolve("dup.tar.xz"), members(
        A + "_20200401_000000000000000.xml", law("一"), A + "_20210401_503AC0000000001.xml", law("一改")));
    Fixtures.Recorder r = new Fixtures.Recorder();
    CorpusLoader.Summary s = CorpusLoader.load(List.of(new TarXzSource(dup)), r);
    assertEquals(List.of(A + "_20200401_000000000000000.xml"), r.names());
    assertEquals(1, s.shadowed());
    assertEquals(List.of(new CorpusProblem("dup.tar.xz", null,
        "law id " + A + " appears more than once; kept " + A + "_20200401_000000000000000.xml")), r.problems);
  }

  @Test
  void defaultLocationsAreCoreThenActsWhenPresent() throws IOException {
    assertEquals(List.of(core, acts), CorpusLoader.defaultLocations(tmp));
    Files.write(tmp.resolve("ja/orders.tar.xz"), new byte[]{1}); // orders are opt-in
    assertEquals(List.of(core, acts), CorpusLoader.defaultLocations(tmp));
    Files.delete(acts);
    assertEquals(List.of(core), CorpusLoader.defaultLocations(tmp));
    assertEquals(List.of(), CorpusLoader.defaultLocations(tmp.resolve("elsewhere")));
    assertEquals(List.of(core.toString()), CorpusSpec.defaults(tmp).locations());
  }

  @Test
  void openPicksTheImplementationFromTheLocation() throws IOException {
    assertInstanceOf(DirectorySource.class, CorpusLoader.open(core.toString()));
    assertInstanceOf(TarXzSource.class, CorpusLoader.open(acts.toString()));
    assertInstanceOf(TarXzSource.class, CorpusLoader.open(tmp.resolve("x.txz").toString()));
    assertInstanceOf(ZipSource.class, CorpusLoader.open(tmp.resolve("bulk.ZIP").toString()));
    EgovApiSource egov = assertInstanceOf(EgovApiSource.class,
        CorpusLoader.open("egov:http://127.0.0.1:1/api/2/?ids=321CONSTITUTION,%E4%BB%A4%E5%92%8C"));
    assertEquals(List.of("321CONSTITUTION", "令和"), egov.lawIds());
    assertEquals("e-Gov API http://127.0.0.1:1/api/2", egov.description());
    assertEquals("e-Gov API https://laws.e-gov.go.jp/api/2", CorpusLoader.open("egov:?ids=321CONSTITUTION").description());

    NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> CorpusLoader.open(tmp.resolve("nope").toString()));
    assertTrue(missing.getMessage().contains(tmp.resolve("nope").toString()));
    Path text = Files.writeString(tmp.resolve("notes.txt"), "x");
    assertThrows(IOException.class, () -> CorpusLoader.open(text.toString()));
    assertThrows(IOException.class, () -> CorpusLoader.open("egov:?ids="));
  }

  @Test
  void specParsesSemicolonsAndLinesKeepingOrder() throws IOException {
    CorpusSpec spec = CorpusSpec.parse(core + " ;\n" + acts + "\n\n");
    assertEquals(List.of(core.toString(), acts.toString()), spec.locations());
    assertEquals(core + ";" + acts, spec.toString());
    List<CorpusSource> sources = spec.open();
    assertInstanceOf(DirectorySource.class, sources.get(0));
    assertInstanceOf(TarXzSource.class, sources.get(1));
  }

  @Test
  void fingerprintChangesWhenTheCorpusChanges() throws IOException {
    List<CorpusSource> sources = List.of(new DirectorySource(core), new TarXzSource(acts));
    String before = CorpusLoader.fingerprint(sources);
    assertEquals(64, before.length());
    assertEquals(before, CorpusLoader.fingerprint(List.of(new DirectorySource(core), new TarXzSource(acts))));
    assertNotEquals(before, CorpusLoader.fingerprint(List.of(new TarXzSource(acts), new DirectorySource(core))));

    Path file = core.resolve(A + ".xml");
    FileTime mtime = Files.getLastModifiedTime(file);
    Files.setLastModifiedTime(file, FileTime.fromMillis(mtime.toMillis() + 5_000));
    String touched = CorpusLoader.fingerprint(sources);
    assertNotEquals(before, touched);

    Files.write(file, law("第一法（更新）"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(mtime.toMillis() + 5_000));
    String resized = CorpusLoader.fingerprint(sources);
    assertNotEquals(touched, resized);

    Files.write(core.resolve(B + ".xml"), law("第二法"));
    String added = CorpusLoader.fingerprint(sources);
    assertNotEquals(resized, added);

    Files.writeString(core.resolve("README.md"), "notes"); // not a law file: no change
    assertEquals(added, CorpusLoader.fingerprint(sources));

    Files.setLastModifiedTime(acts, FileTime.fromMillis(Files.getLastModifiedTime(acts).toMillis() + 5_000));
    String archiveTouched = CorpusLoader.fingerprint(sources);
    assertNotEquals(added, archiveTouched);

    Files.delete(acts);
    assertNotEquals(archiveTouched, CorpusLoader.fingerprint(sources)); // absent is a state too
  }
}
