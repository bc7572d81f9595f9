package dev.lawimpact.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in the prod profile as a subprocess: a draft saved and acknowledged survives
 * kill -9 (SIGKILL, no shutdown hooks) and a restart, on the embedded H2 file and on PostgreSQL; the
 * log of both runs never contains the draft; a weak admin password stops the prod start.
 */
class DraftDurabilityIT {

  static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();

  @Test
  void h2DraftSurvivesKill9() throws Exception {
    surviveKill9("h2", List.of());
  }

  @Test
  void postgresqlDraftSurvivesKill9() throws Exception {
    java.util.Optional<String> why = Postgres.unavailable();
    if (why.isPresent()) System.err.println("\n**********\nSKIPPED PostgreSQL durability test: " + why.get() + "\n**********\n");
    assumeTrue(why.isEmpty(), "SKIPPED PostgreSQL durability test");
    surviveKill9("postgresql", List.of("-Dlawimpact.drafts.database=postgresql",
        "-Dlawimpact.drafts.postgresql.url=" + Postgres.url(),
        "-Dlawimpact.drafts.postgresql.username=" + Postgres.user(),
        "-Dlawimpact.drafts.postgresql.password=" + Postgres.password()));
  }

  private void surviveKill9(String db, List<String> extra) throws Exception {
    assumeTrue(Files.exists(JAR), "SKIPPED: " + JAR + " not built (run mvn verify)");
    Path dir = Files.createDirectories(Path.of("target", "durability-" + db + "-" + System.currentTimeMillis()));
    int port = freePort();
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> args = new ArrayList<>(List.of("-Dlawimpact.drafts.admin.username=" + admin));
    args.addAll(extra);
    String secret = "DURABLE-SECRET-" + UUID.randomUUID();
    String drafter = "drafter-" + UUID.randomUUID().toString().substring(0, 8);
    String id;

    Process first = start(dir, port, args, dir.resolve("run1.log"));
    try {
      awaitUp(port, admin, first);
      as(port, admin, ADMIN_PASSWORD).contentType(ContentType.JSON)
          .body(Map.of("username", drafter, "password", Accounts.PASSWORD, "roles", List.of("drafter")))
          .post("/api/admin/users").then().statusCode(201);
      id = as(port, drafter, Accounts.PASSWORD).contentType(ContentType.JSON)
          .body(Map.of("title", "題名 " + secret, "content", "第一版 " + secret)).post("/api/drafts")
          .then().statusCode(201).extract().path("id");
      as(port, drafter, Accounts.PASSWORD).contentType(ContentType.JSON)
          .body(Map.of("content", "第二版 " + secret, "baseVersion", 1)).put("/api/drafts/" + id)
          .then().statusCode(200);
    } finally {
      // Straight after the acknowledgement: SIGKILL, no graceful shutdown, no flush on exit.
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
    }
    assertNotEquals(0, first.exitValue(), "the first run was killed");

    Process second = start(dir, port, args, dir.resolve("run2.log"));
    try {
      awaitUp(port, admin, second);
      RequestSpecification me = as(port, drafter, Accounts.PASSWORD);
      assertEquals("第二版 " + secret, me.get("/api/drafts/" + id).then().statusCode(200).extract().path("latest.content"));
      assertEquals(2, (int) as(port, drafter, Accounts.PASSWORD).get("/api/drafts/" + id + "/versions")
          .then().statusCode(200).extract().jsonPath().getList("$").size());
      String audit = as(port, admin, ADMIN_PASSWORD).queryParam("draft", id).get("/api/audit").asString();
      assertTrue(audit.contains("CREATE") && audit.contains("CHANGE"), audit);
    } finally {
      second.destroy();
      second.waitFor(30, TimeUnit.SECONDS);
    }
    for (String log : List.of("run1.log", "run2.log")) {
      String text = Files.readString(dir.resolve(log));
      assertFalse(text.contains(secret), log + " contains draft text");
      assertFalse(text.contains(ADMIN_PASSWORD), log + " contains the admin password");
    }
  }

  @Test
  void prodRefusesAWellKnownAdminPassword() throws Exception {
    assumeTrue(Files.exists(JAR), "SKIPPED: " + JAR + " not built (run mvn verify)");
    Path dir = Files.createDirectories(Path.of("target", "durability-weak-" + System.currentTimeMillis()));
    for (String weak : List.of("admin", "changeme")) {
      Process p = new ProcessBuilder(command(dir, freePort(), List.of("-Dlawimpact.drafts.admin.password=" + weak)))
          .redirectErrorStream(true).redirectOutput(dir.resolve(weak + ".log").toFile()).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "prod start with a weak admin password did not stop");
      assertNotEquals(0, p.exitValue());
      assertTrue(Files.readString(dir.resolve(weak + ".log")).contains("Refusing to start"));
    }
  }

  private static List<String> command(Path dir, int port, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-Dquarkus.http.port=" + port, "-Dquarkus.profile=prod",
        "-Dlawimpact.data-dir=" + dir.toAbsolutePath(),
        "-Dlawimpact.corpus.locations=src/test/resources/fixture-corpus",
        "-Dlawimpact.reference.root=src/test/resources/fixture-corpus"));
    cmd.addAll(args);
    cmd.add("-jar");
    cmd.add(JAR.toString());
    return cmd;
  }

  private static Process start(Path dir, int port, List<String> args, Path log) throws IOException {
    List<String> all = new ArrayList<>(args);
    all.add("-Dlawimpact.drafts.admin.password=" + ADMIN_PASSWORD);
    return new ProcessBuilder(command(dir, port, all)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void awaitUp(int port, String admin, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new AssertionError("the service exited with " + p.exitValue());
      try {
        if (as(port, admin, ADMIN_PASSWORD).get("/api/me").statusCode() == 200) return;
      } catch (Exception e) { // RestAssured rethrows ConnectException unchecked
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the service did not come up within 120 s");
  }

  private static RequestSpecification as(int port, String user, String password) {
    return RestAssured.given().port(port).auth().preemptive().basic(user, password);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
