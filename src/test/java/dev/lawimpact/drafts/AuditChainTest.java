package dev.lawimpact.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only in the service and tamper-evident in the database: editing or
 * removing a row (done here behind the service's back, then undone) breaks the hash chain at that
 * event.
 */
@QuarkusTest
class AuditChainTest {

  @Inject Database db;

  static JsonPath verify() {
    return Accounts.as(Accounts.ADMIN).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void editsAndRemovalsBreakTheChain() {
    String user = Accounts.create("chain", "drafter");
    String id = Accounts.as(user).contentType(ContentType.JSON).body(Map.of("title", "t", "content", "c"))
        .post("/api/drafts").then().statusCode(201).extract().path("id");
    Accounts.as(user).get("/api/drafts/" + id).then().statusCode(200);
    assertTrue(verify().getBoolean("intact"), verify().prettify());

    long seq = db.tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM audit_event WHERE draft_id = ? AND action = 'CREATE'")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
    // An edited row.
    exec("UPDATE audit_event SET actor = 'someone-else' WHERE seq = " + seq);
    JsonPath broken = verify();
    assertEquals(false, broken.getBoolean("intact"));
    assertEquals(seq, broken.getLong("firstBrokenSeq"));
    exec("UPDATE audit_event SET actor = '" + user + "' WHERE seq = " + seq);
    assertTrue(verify().getBoolean("intact"));

    // A removed row (put back afterwards, byte for byte).
    Object[] row = db.tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT at, actor, action, draft_id, detail, remote, prev_hash, hash "
          + "FROM audit_event WHERE seq = ?")) {
        ps.setLong(1, seq);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          Object[] r = new Object[8];
          for (int i = 0; i < 8; i++) r[i] = rs.getObject(i + 1);
          return r;
        }
      }
    });
    exec("DELETE FROM audit_event WHERE seq = " + seq);
    JsonPath gap = verify();
    assertEquals(false, gap.getBoolean("intact"));
    assertEquals(seq + 1, gap.getLong("firstBrokenSeq"));
    db.tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, at, actor, action, draft_id, detail, "
          + "remote, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, seq);
        for (int i = 0; i < 8; i++) ps.setObject(i + 2, row[i]);
        ps.executeUpdate();
      }
      return null;
    });
    assertTrue(verify().getBoolean("intact"));
  }

  @Inject DraftWorkspace workspace;

  @Test
  void concurrentWritersKeepTheChainLinear() throws Exception {
    Actor owner = workspace.authenticate(Accounts.create("concurrent", "drafter"), Accounts.PASSWORD, "127.0.0.1")
        .orElseThrow();
    long before = verify().getLong("events");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 80; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          Views.Draft d = workspace.create(owner, "並行 " + n, "text", "本文 " + n);
          workspace.get(owner, d.id());
        }));
      }
      for (java.util.concurrent.Future<?> f : futures) f.get();
    } finally {
      pool.shutdown();
    }
    JsonPath after = verify();
    assertTrue(after.getBoolean("intact"), after.prettify());
    assertTrue(after.getLong("events") >= before + 160, after.prettify());
  }

  @Test
  void onlyAdminsVerify() {
    Accounts.as(Accounts.create("noverify", "drafter", "reviewer", "reader")).get("/api/audit/verify")
        .then().statusCode(403);
  }

  @Test
  void auditPageShowsTheChainState() {
    WebClient admin = WebClient.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
    String html = admin.spec().get("/drafts/admin/audit").then().statusCode(200).extract().asString();
    assertTrue(html.contains("hash chain intact"), html);
  }

  private void exec(String sql) {
    db.tx(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.executeUpdate();
      }
      return null;
    });
  }
}
