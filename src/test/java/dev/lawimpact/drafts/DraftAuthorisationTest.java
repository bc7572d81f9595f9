package dev.lawimpact.drafts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation matrix: every draft endpoint and page × every kind of caller → the expected
 * status, and the draft's secret title/text appear in the answer only where access is granted. Each
 * row runs on a fresh draft (owned by OWNER, shared read with READ_SHAREE and write with WRITE_SHAREE).
 */
@QuarkusTest
class DraftAuthorisationTest {

  enum Who { OWNER, OTHER_DRAFTER, REVIEWER, READER, ADMIN, READ_SHAREE, WRITE_SHAREE, ANONYMOUS }

  /** Accounts are created once per class (names unique per run). */
  static final class Cast {
    static final Map<Who, String> NAMES = new EnumMap<>(Who.class);
    static final Map<Who, WebClient> WEB = new EnumMap<>(Who.class);
    static String extraReviewer;

    /** A subclass runs on another database: its accounts are made afresh. */
    static synchronized void reset() {
      NAMES.clear();
      WEB.clear();
    }

    static synchronized String name(Who w) {
      if (NAMES.isEmpty()) {
        NAMES.put(Who.OWNER, Accounts.create("owner", "drafter"));
        NAMES.put(Who.OTHER_DRAFTER, Accounts.create("other", "drafter", "reviewer"));
        NAMES.put(Who.REVIEWER, Accounts.create("reviewer", "reviewer"));
        NAMES.put(Who.READER, Accounts.create("reader", "reader"));
        NAMES.put(Who.ADMIN, Accounts.create("admin2", "admin"));
        NAMES.put(Who.READ_SHAREE, Accounts.create("rsharee", "reviewer"));
        NAMES.put(Who.WRITE_SHAREE, Accounts.create("wsharee", "drafter"));
        extraReviewer = Accounts.create("extra", "reviewer");
      }
      return NAMES.get(w);
    }

    static synchronized WebClient web(Who w) {
      return WEB.computeIfAbsent(w, x -> WebClient.login(name(x)));
    }
  }

  @org.junit.jupiter.api.BeforeAll
  static void freshCast() {
    Cast.reset();
  }

  static RequestSpecification api(Who w) {
    return w == Who.ANONYMOUS ? given() : Accounts.as(Cast.name(w));
  }

  /** A fresh draft with a unique secret marker in title and text. */
  record Fixture(String id, String secret) {}

  static Fixture fixture() {
    String secret = "SECRET-" + UUID.randomUUID();
    String id = api(Who.OWNER).contentType(ContentType.JSON)
        .body(Map.of("title", "法案 " + secret, "content", "第一条 " + secret + " を改める。"))
        .post("/api/drafts").then().statusCode(201).extract().path("id");
    share(id, Cast.name(Who.READ_SHAREE), "read");
    share(id, Cast.name(Who.WRITE_SHAREE), "write");
    return new Fixture(id, secret);
  }

  static void share(String id, String user, String permission) {
    api(Who.OWNER).contentType(ContentType.JSON).body(Map.of("user", user, "permission", permission))
        .post("/api/drafts/" + id + "/shares").then().statusCode(200);
  }

  // ------------------------------------------------------------------ REST

  enum Op {
    LIST((s, f) -> s.get("/api/drafts")),
    READ((s, f) -> s.get("/api/drafts/" + f.id())),
    UPDATE((s, f) -> s.contentType(ContentType.JSON).body(Map.of("content", "new text")).put("/api/drafts/" + f.id())),
    DELETE((s, f) -> s.delete("/api/drafts/" + f.id())),
    VERSIONS((s, f) -> s.get("/api/drafts/" + f.id() + "/versions")),
    VERSION((s, f) -> s.get("/api/drafts/" + f.id() + "/versions/1")),
    EXPORT((s, f) -> s.get("/api/drafts/" + f.id() + "/export")),
    ANALYSES((s, f) -> s.get("/api/drafts/" + f.id() + "/versions/1/analyses")),
    SHARES((s, f) -> s.get("/api/drafts/" + f.id() + "/shares")),
    SHARE_ADD((s, f) -> s.contentType(ContentType.JSON)
        .body(Map.of("user", Cast.extraReviewer, "permission", "read")).post("/api/drafts/" + f.id() + "/shares")),
    SHARE_REMOVE((s, f) -> s.delete("/api/drafts/" + f.id() + "/shares/" + Cast.name(Who.READ_SHAREE)));

    final BiFunction<RequestSpecification, Fixture, Response> call;

    Op(BiFunction<RequestSpecification, Fixture, Response> call) {
      this.call = call;
    }
  }

  // Columns: OWNER, OTHER_DRAFTER, REVIEWER, READER, ADMIN, READ_SHAREE, WRITE_SHAREE, ANONYMOUS.
  static final Map<Op, int[]> REST = new EnumMap<>(Map.ofEntries(
      Map.entry(Op.LIST, new int[] {200, 200, 200, 403, 403, 200, 200, 401}),
      Map.entry(Op.READ, new int[] {200, 404, 404, 403, 403, 200, 200, 401}),
      Map.entry(Op.UPDATE, new int[] {200, 404, 404, 403, 403, 403, 200, 401}),
      Map.entry(Op.DELETE, new int[] {204, 404, 404, 403, 403, 403, 403, 401}),
      Map.entry(Op.VERSIONS, new int[] {200, 404, 404, 403, 403, 200, 200, 401}),
      Map.entry(Op.VERSION, new int[] {200, 404, 404, 403, 403, 200, 200, 401}),
      Map.entry(Op.EXPORT, new int[] {200, 404, 404, 403, 403, 200, 200, 401}),
      Map.entry(Op.ANALYSES, new int[] {200, 404, 404, 403, 403, 200, 200, 401}),
      Map.entry(Op.SHARES, new int[] {200, 404, 404, 403, 403, 403, 403, 401}),
      Map.entry(Op.SHARE_ADD, new int[] {200, 404, 404, 403, 403, 403, 403, 401}),
      Map.entry(Op.SHARE_REMOVE, new int[] {200, 404, 404, 403, 403, 403, 403, 401})));

  /** Operations whose successful answer carries the draft's title or text. */
  static final List<Op> CARRIES_CONTENT = List.of(Op.LIST, Op.READ, Op.UPDATE, Op.VERSIONS, Op.VERSION, Op.EXPORT);

  static Stream<Arguments> restMatrix() {
    List<Arguments> rows = new ArrayList<>();
    for (Map.Entry<Op, int[]> e : REST.entrySet()) {
      for (Who w : Who.values()) rows.add(Arguments.of(e.getKey(), w, e.getValue()[w.ordinal()]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} by {1} -> {2}")
  @MethodSource("restMatrix")
  void restEndpoint(Op op, Who who, int expected) {
    Fixture f = fixture();
    Response r = op.call.apply(api(who), f);
    assertEquals(expected, r.statusCode(), op + " by " + who + ": " + r.asString());
    String body = r.asString();
    boolean visible = who == Who.OWNER || who == Who.READ_SHAREE || who == Who.WRITE_SHAREE;
    if (!(visible && CARRIES_CONTENT.contains(op) && expected < 300)) {
      assertFalse(body.contains(f.secret()), op + " by " + who + " leaked the draft");
    }
    if (op == Op.LIST && expected == 200) {
      assertEquals(visible, body.contains(f.id()), "LIST by " + who + " shows the draft: " + body);
      assertEquals(visible, body.contains(f.secret()));
    }
    if (expected == 404) {
      // The same answer as for a draft that never existed: nothing to tell them apart.
      Response none = op.call.apply(api(who), new Fixture("AAAAAAAAAAAAAAAAAAAAAA", "x"));
      assertEquals(404, none.statusCode());
      assertEquals(none.jsonPath().getString("detail"), r.jsonPath().getString("detail"));
    }
    if (expected == 401) assertTrue(r.getHeader("WWW-Authenticate").startsWith("Basic"));
  }

  static Stream<Arguments> createMatrix() {
    return Stream.of(Arguments.of(Who.OWNER, 201), Arguments.of(Who.OTHER_DRAFTER, 201),
        Arguments.of(Who.REVIEWER, 403), Arguments.of(Who.READER, 403), Arguments.of(Who.ADMIN, 403),
        Arguments.of(Who.ANONYMOUS, 401));
  }

  @ParameterizedTest(name = "create by {0} -> {1}")
  @MethodSource("createMatrix")
  void create(Who who, int expected) {
    api(who).contentType(ContentType.JSON).body(Map.of("title", "t", "content", "c"))
        .post("/api/drafts").then().statusCode(expected);
  }

  static Stream<Arguments> adminMatrix() {
    List<Arguments> rows = new ArrayList<>();
    for (String path : List.of("/api/audit", "/api/audit/export", "/api/admin/users")) {
      for (Who w : List.of(Who.OWNER, Who.REVIEWER, Who.READER, Who.ADMIN, Who.ANONYMOUS)) {
        rows.add(Arguments.of(path, w, w == Who.ADMIN ? 200 : w == Who.ANONYMOUS ? 401 : 403));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} by {1} -> {2}")
  @MethodSource("adminMatrix")
  void adminEndpoints(String path, Who who, int expected) {
    api(who).get(path).then().statusCode(expected);
  }

  @Test
  void unguessableIdsAndMalformedIds() {
    Fixture f = fixture();
    assertTrue(f.id().matches("[A-Za-z0-9_-]{22}"), f.id());
    for (String bad : List.of("1", "..%2F..", "AAAAAAAAAAAAAAAAAAAAAA", f.id().toLowerCase() + "x")) {
      api(Who.OWNER).get("/api/drafts/" + bad).then().statusCode(404);
    }
  }

  // ------------------------------------------------------------------ pages

  enum Page {
    VIEW((c, f) -> c.get("/drafts/" + f.id())),
    VERSION((c, f) -> c.get("/drafts/" + f.id() + "/versions/1")),
    EXPORT((c, f) -> c.get("/drafts/" + f.id() + "/export")),
    SAVE((c, f) -> c.formParam("content", "new text").post("/drafts/" + f.id())),
    DELETE((c, f) -> c.post("/drafts/" + f.id() + "/delete")),
    SHARE((c, f) -> c.formParam("user", Cast.extraReviewer).formParam("permission", "write")
        .post("/drafts/" + f.id() + "/shares")),
    UNSHARE((c, f) -> c.post("/drafts/" + f.id() + "/shares/" + Cast.name(Who.READ_SHAREE) + "/delete"));

    final BiFunction<RequestSpecification, Fixture, Response> call;

    Page(BiFunction<RequestSpecification, Fixture, Response> call) {
      this.call = call;
    }
  }

  static final Map<Page, int[]> PAGES = new EnumMap<>(Map.ofEntries(
      Map.entry(Page.VIEW, new int[] {200, 404, 404, 403, 403, 200, 200, 303}),
      Map.entry(Page.VERSION, new int[] {200, 404, 404, 403, 403, 200, 200, 303}),
      Map.entry(Page.EXPORT, new int[] {200, 404, 404, 403, 403, 200, 200, 303}),
      Map.entry(Page.SAVE, new int[] {303, 404, 404, 403, 403, 403, 303, 303}),
      Map.entry(Page.DELETE, new int[] {303, 404, 404, 403, 403, 403, 403, 303}),
      Map.entry(Page.SHARE, new int[] {303, 404, 404, 403, 403, 403, 403, 303}),
      Map.entry(Page.UNSHARE, new int[] {303, 404, 404, 403, 403, 403, 403, 303})));

  static Stream<Arguments> pageMatrix() {
    List<Arguments> rows = new ArrayList<>();
    for (Map.Entry<Page, int[]> e : PAGES.entrySet()) {
      for (Who w : Who.values()) rows.add(Arguments.of(e.getKey(), w, e.getValue()[w.ordinal()]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "page {0} by {1} -> {2}")
  @MethodSource("pageMatrix")
  void page(Page page, Who who, int expected) {
    Fixture f = fixture();
    RequestSpecification spec = who == Who.ANONYMOUS
        ? given().redirects().follow(false).formParam("csrf", "x") : Cast.web(who).form();
    Response r = page.call.apply(spec, f);
    assertEquals(expected, r.statusCode(), page + " by " + who);
    boolean visible = who == Who.OWNER || who == Who.READ_SHAREE || who == Who.WRITE_SHAREE;
    if (!(visible && expected == 200)) assertFalse(r.asString().contains(f.secret()), page + " by " + who + " leaked");
    if (who == Who.ANONYMOUS) assertEquals("/drafts/login", java.net.URI.create(r.getHeader("Location")).getPath());
  }

  @Test
  void listPageShowsOnlyOwnAndShared() {
    Fixture f = fixture();
    for (Who w : List.of(Who.OWNER, Who.OTHER_DRAFTER, Who.REVIEWER, Who.READ_SHAREE, Who.WRITE_SHAREE)) {
      String html = Cast.web(w).spec().get("/drafts").then().statusCode(200).extract().asString();
      boolean visible = w == Who.OWNER || w == Who.READ_SHAREE || w == Who.WRITE_SHAREE;
      assertEquals(visible, html.contains(f.id()), w.toString());
      assertEquals(visible, html.contains(f.secret()), w.toString());
    }
    for (Who w : List.of(Who.READER, Who.ADMIN)) {
      String html = Cast.web(w).spec().get("/drafts").then().statusCode(200).extract().asString();
      assertFalse(html.contains(f.id()) || html.contains(f.secret()), w.toString());
    }
  }

  @Test
  void auditPageOnlyForAdmins() {
    Cast.web(Who.ADMIN).spec().get("/drafts/admin/audit").then().statusCode(200);
    Cast.web(Who.ADMIN).spec().get("/drafts/admin/audit.csv").then().statusCode(200);
    for (Who w : List.of(Who.OWNER, Who.REVIEWER, Who.READER)) {
      Cast.web(w).spec().get("/drafts/admin/audit").then().statusCode(403);
      Cast.web(w).spec().get("/drafts/admin/audit.csv").then().statusCode(403);
    }
    given().redirects().follow(false).get("/drafts/admin/audit").then().statusCode(303);
  }
}
