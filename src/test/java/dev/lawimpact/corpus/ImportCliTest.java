package dev.lawimpact.corpus;

import static dev.lawimpact.corpus.Fixtures.law;
import static dev.lawimpact.corpus.Fixtures.members;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCliTest {

  static final String A = "599AC0000000001", B = "599AC0000000002";

  @TempDir
  Path tmp;

  record Run(int status, String out, String err) {
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int status = ImportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void extractCopiesLawsFromArchivesFirstLocationWinning() throws IOException {
    Path core = Files.createDirectories(tmp.resolve("core"));
    Files.write(core.resolve(A + ".xml"), law("新"));
    Path archive = Fixtures.tarXz(tmp.resolve("acts.tar.xz"), members(A + ".xml", law("旧"), B + ".xml", law("二")));
    Path out = tmp.resolve("out");

    Run r = run("extract", "--out", out.toString(), core.toString(), archive.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of(A + ".xml", B + ".xml"), files(out)); // no temporary files left
    assertArrayEquals(law("新"), Files.readAllBytes(out.resolve(A + ".xml")));
    assertArrayEquals(law("二"), Files.readAllBytes(out.resolve(B + ".xml")));
    assertTrue(r.out().contains("wrote 2 laws"), r.out());
  }

  @Test
  void extractFromBulkZipNamesFilesByLawIdAndReportsProblems() throws IOException {
    String rev = A + "_20200401_000000000000000";
    Path zip = Fixtures.zip(tmp.resolve("bulk.zip"), members(rev + "/" + rev + ".xml", law("一"),
        "notes.txt", "x".getBytes(StandardCharsets.UTF_8)));
    Path out = tmp.resolve("out");
    Run r = run("extract", "--out", out.toString(), zip.toString());
    assertEquals(1, r.status());
    assertEquals(List.of(A + ".xml"), files(out));
    assertTrue(r.err().contains("problem: bulk.zip [notes.txt]: not an .xml law file"), r.err());
  }

  @Test
  void fetchWritesLawsFromTheApiAndSkipsExistingOnRequest() throws IOException {
    try (ReplayServer server = new ReplayServer()) {
      Path out = tmp.resolve("out");
      Run r = run("fetch", "--out", out.toString(), "--base-url", server.baseUrl(), "--delay-ms", "0",
          "599AC0000000999", "599AC0000000404");
      assertEquals(1, r.status(), r.err());
      assertEquals(List.of("599AC0000000999.xml"), files(out));
      assertArrayEquals(ReplayServer.resource("law.xml"), Files.readAllBytes(out.resolve("599AC0000000999.xml")));
      assertTrue(r.err().contains("599AC0000000404") && r.err().contains("404004"), r.err());

      server.requests.clear();
      Run again = run("fetch", "--out", out.toString(), "--base-url", server.baseUrl(), "--delay-ms", "0",
          "--skip-existing", "599AC0000000999");
      assertEquals(0, again.status(), again.err());
      assertEquals(List.of(), server.requests);
    }
  }

  @Test
  void fetchAllListsATypeAndFetchesLawsInForce() throws IOException {
    try (ReplayServer server = new ReplayServer()) {
      Path out = tmp.resolve("out");
      Run r = run("fetch-all", "--out", out.toString(), "--type", "Act", "--base-url", server.baseUrl(), "--delay-ms", "0");
      assertEquals(1, r.status(), r.err()); // 599AC0000000001 is listed but has no text in the replay
      assertTrue(r.out().contains("fetching 2 laws of type Act"), r.out()); // the repealed one is left out
      assertEquals(List.of("599AC0000000999.xml"), files(out));
      assertFalse(server.countByPath().containsKey("/api/2/law_data/599AC0000000002"));

      Run list = run("list", "--type", "Act", "--include-repealed", "--base-url", server.baseUrl());
      assertEquals(0, list.status(), list.err());
      assertEquals(List.of("599AC0000000001\t令和九十九年法律第一号\t架空第一法",
          "599AC0000000002\t令和九十九年法律第二号\t架空第二法",
          "599AC0000000999\t令和九十九年法律第九百九十九号\t架空通信試験法"), list.out().lines().toList());
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    for (String[] args : List.of(new String[]{}, new String[]{"frobnicate"}, new String[]{"fetch", "321CONSTITUTION"},
        new String[]{"extract", "--out", "x"}, new String[]{"fetch-all", "--out", "x"},
        new String[]{"list", "--type", "Act", "--limit", "many"}, new String[]{"fetch", "--out", "x", "--bogus", "1"})) {
      Run r = run(args);
      assertEquals(2, r.status(), String.join(" ", args));
      assertTrue(r.err().contains("usage:"), r.err());
    }
    Run missing = run("extract", "--out", tmp.resolve("o").toString(), tmp.resolve("absent").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains(tmp.resolve("absent").toString()), missing.err());
  }

  @Test
  void atomicWriteReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = tmp.resolve(A + ".xml");
    Files.writeString(target, "old");
    ImportCli.writeAtomically(target, law("新"));
    assertArrayEquals(law("新"), Files.readAllBytes(target));
    assertEquals(List.of(A + ".xml"), files(tmp));
  }
}
