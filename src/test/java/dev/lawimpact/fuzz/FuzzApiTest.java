package dev.lawimpact.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile requests against every public input: each must get a 2xx (valid input) or a
 * 4xx with a JSON problem body, within {@link #BOUND}, never a 5xx; the service must still be
 * ready afterwards. Cases per endpoint: -Dfuzz.cases (default small, for mvn verify);
 * reliability/fuzz.sh runs the long mode. -Dfuzz.seed replays a run.
 */
@QuarkusTest
@Tag("fuzz")
class FuzzApiTest {

  static final int CASES = Integer.getInteger("fuzz.cases", 60);
  static final long SEED = Long.getLong("fuzz.seed", 20261125L);
  static final Duration BOUND = Duration.ofSeconds(Long.getLong("fuzz.bound-seconds", 20));
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Cases run and slowest answer per endpoint, printed and written to target/fuzz-summary.tsv. */
  private static final Map<String, long[]> STATS = new TreeMap<>();

  private static final java.util.concurrent.atomic.AtomicInteger RETRIES = new java.util.concurrent.atomic.AtomicInteger();

  @TestHTTPResource("/")
  URL root;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void ready() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (get("/q/health/ready").statusCode() == 200) return;
      Thread.sleep(100);
    }
    fail("index not ready within 60 s");
  }

  @Test
  void searchQueries() throws Exception {
    Hostile h = new Hostile(SEED);
    for (int i = 0; i < CASES; i++) {
      String q = h.text();
      String query = "q=" + enc(q) + "&limit=" + pickInt(h) + "&offset=" + pickInt(h)
          + (h.nextInt(4) == 0 ? "&lawType=" + enc(h.text()) : "") + (h.nextInt(4) == 0 ? "&lawId=" + enc(h.text()) : "");
      check("GET /api/search", q, send(HttpRequest.newBuilder(uri("/api/search?" + query)).GET()));
      check("GET /api/laws?q", q, send(HttpRequest.newBuilder(uri("/api/laws?q=" + enc(q) + "&limit=" + pickInt(h) + "&offset=" + pickInt(h))).GET()));
      check("GET /search (page)", q, send(HttpRequest.newBuilder(uri("/search?q=" + enc(q))).GET()));
    }
    assertReady();
  }

  @Test
  void lawIdsAndProvisionPaths() throws Exception {
    Hostile h = new Hostile(SEED + 1);
    List<String> ids = List.of("599AC0000000001", "599AC0000000002", "599CO0000000001", "321CONSTITUTION", "000AC0000000000");
    for (int i = 0; i < CASES; i++) {
      String id = h.nextInt(3) == 0 ? h.pick(ids) : h.text();
      String path = h.nextInt(3) == 0 ? h.pick(List.of("a1", "a4-p1", "a5-p1-i1", "sp-a1", "at1", "a1:2", "a99999999_1.2"))
          : h.text();
      String encId = seg(id);
      String encPath = seg(path);
      check("GET /api/laws/{id}", id, send(HttpRequest.newBuilder(uri("/api/laws/" + encId)).GET()));
      check("GET /api/laws/{id}/provisions/{path}", path,
          send(HttpRequest.newBuilder(uri("/api/laws/" + encId + "/provisions/" + encPath)).GET()));
      check("GET /api/laws/{id}/provisions/{path}/links", path, send(HttpRequest.newBuilder(uri("/api/laws/" + encId
          + "/provisions/" + encPath + "/links?direction=" + enc(h.pick(List.of("in", "out", "both", h.text())))
          + "&limit=" + pickInt(h) + "&offset=" + pickInt(h))).GET()));
      check("GET /api/laws/{id}/cited-by", id, send(HttpRequest.newBuilder(uri("/api/laws/" + encId + "/cited-by")).GET()));
      check("GET /laws/{id} (page)", id, send(HttpRequest.newBuilder(uri("/laws/" + encId)).GET()));
    }
    assertReady();
  }

  @Test
  void impactTexts() throws Exception {
    Hostile h = new Hostile(SEED + 2);
    for (int i = 0; i < CASES; i++) {
      String text = h.text();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("text", h.nextInt(10) == 0 ? null : text);
      if (h.nextInt(2) == 0) body.put("format", h.pick(List.of("text", "xml", "html", "auto", h.text())));
      if (h.nextInt(3) == 0) body.put("title", h.text());
      if (h.nextInt(3) == 0) body.put("language", h.pick(List.of("ja", "en", h.text())));
      String limit = "?limit=" + pickInt(h) + (h.nextInt(4) == 0 ? "&download=" + enc(h.pick(List.of("csv", "md", h.text()))) : "");
      check("POST /api/impact json", text, post("/api/impact" + limit, "application/json", JSON.writeValueAsBytes(body)));
      String type = h.pick(List.of("text/plain", "application/xml", "text/xml", "text/html"));
      check("POST /api/impact raw", text, post("/api/impact" + limit, type + "; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8)));
      byte[] bad = h.invalidUtf8();
      check("POST /api/impact invalid UTF-8", "bytes", post("/api/impact", h.pick(List.of("text/plain", "application/xml", "application/json"))
          + "; charset=UTF-8", bad));
      check("POST /api/impact malformed JSON", "json", post("/api/impact", "application/json",
          h.tokens(List.of("{", "}", "[", "]", "\"text\"", ":", ",", "\"", "null", "1e999999", "\\u", "\\uD800"), 1 + h.nextInt(30))
              .getBytes(StandardCharsets.UTF_8)));
    }
    assertReady();
  }

  @Test
  void amendAndDiffInputs() throws Exception {
    Hostile h = new Hostile(SEED + 3);
    for (int i = 0; i < CASES; i++) {
      Map<String, Object> amend = new LinkedHashMap<>();
      amend.put("amendment", h.nextInt(10) == 0 ? null : h.text());
      if (h.nextInt(2) == 0) amend.put("base", h.text());
      if (h.nextInt(2) == 0) amend.put("targetLawId", h.nextInt(2) == 0 ? "599AC0000000001" : h.text());
      byte[] a = JSON.writeValueAsBytes(amend);
      check("POST /api/amend json", String.valueOf(amend.get("amendment")), post("/api/amend", "application/json", a, "application/json"));
      check("POST /api/amend html", String.valueOf(amend.get("amendment")), post("/api/amend", "application/json", a, "text/html"));
      Map<String, Object> diff = new LinkedHashMap<>();
      if (h.nextInt(3) > 0) {
        diff.put("old", h.text());
        diff.put("new", h.text());
      } else {
        diff.put("draft1", h.text());
        diff.put("draft2", h.text());
        if (h.nextInt(2) == 0) diff.put("targetLawId", h.text());
      }
      byte[] d = JSON.writeValueAsBytes(diff);
      check("POST /api/diff json", "diff", post("/api/diff", "application/json", d, "application/json"));
      check("POST /api/diff html", "diff", post("/api/diff", "application/json", d, "text/html"));
      check("POST /api/amend invalid UTF-8", "bytes", post("/api/amend", "application/json; charset=UTF-8", h.invalidUtf8()));
    }
    assertReady();
  }

  @AfterAll
  static void summary() throws IOException {
    StringBuilder sb = new StringBuilder("endpoint\tcases\tslowest_ms\t2xx\t4xx\n");
    long total = 0;
    for (var e : STATS.entrySet()) {
      long[] s = e.getValue();
      total += s[0];
      sb.append(e.getKey()).append('\t').append(s[0]).append('\t').append(s[1]).append('\t').append(s[2]).append('\t')
          .append(s[3]).append('\n');
    }
    sb.append("total\t").append(total).append("\t\t\t\n");
    sb.append("connection retries\t").append(RETRIES.get()).append("\t\t\t\n");
    System.out.println("Fuzz summary (seed " + SEED + ", " + CASES + " rounds per test):\n" + sb);
    Path out = Path.of("target", "fuzz-summary.tsv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
  }

  private void check(String endpoint, String input, Timed r) {
    String what = endpoint + " seed=" + SEED + " input=" + abbreviate(input);
    long[] s = STATS.computeIfAbsent(endpoint, k -> new long[4]);
    s[0]++;
    s[1] = Math.max(s[1], r.millis);
    int status = r.response.statusCode();
    assertTrue(status < 500, () -> what + " -> " + status + " " + abbreviate(r.response.body()));
    assertTrue(status < 300 || status >= 400, () -> what + " -> " + status);
    if (status >= 400) {
      s[3]++;
      String type = r.response.headers().firstValue("content-type").orElse("");
      if (status == 414 || status == 431) {
        // Request line or headers over the HTTP server's limits: Vert.x answers before any
        // application code runs, so there is no problem body to give. Still a clean 4xx.
        return;
      }
      if (endpoint.endsWith("(page)")) {
        // Pages answer people: a 4xx HTML page saying what to fix, not a problem body.
        assertTrue(type.startsWith("text/html"), () -> what + " -> " + status + " with content-type " + type);
        return;
      }
      assertTrue(type.startsWith("application/problem+json") || type.startsWith("application/json"),
          () -> what + " -> " + status + " with content-type " + type + ": " + abbreviate(r.response.body()));
      try {
        JsonNode p = JSON.readTree(r.response.body());
        assertEquals(status, p.path("status").asInt(), () -> what + ": problem status");
        assertTrue(p.hasNonNull("title"), () -> what + ": problem without title");
      } catch (IOException e) {
        fail(what + " -> " + status + " body is not JSON: " + abbreviate(r.response.body()));
      }
    } else {
      s[2]++;
    }
  }

  private record Timed(HttpResponse<String> response, long millis) {}

  private Timed send(HttpRequest.Builder b) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpRequest req = b.timeout(BOUND).build();
    try {
      HttpResponse<String> r;
      try {
        r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        if (e instanceof HttpTimeoutException) throw e;
        // A kept-alive connection the server had closed (it closes after some 4xx): counted, tried once more.
        RETRIES.incrementAndGet();
        System.out.println("fuzz: retrying after " + e + ": " + req.method() + " " + abbreviate(req.uri().toString()));
        r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
      return new Timed(r, (System.nanoTime() - t0) / 1_000_000);
    } catch (HttpTimeoutException e) {
      throw new AssertionError("no answer within " + BOUND + ": " + req.method() + " " + abbreviate(req.uri().toString()), e);
    } catch (IOException e) {
      throw new AssertionError("connection failed (" + e.getMessage() + "): " + req.method() + " " + abbreviate(req.uri().toString())
          + " " + req.headers().map() + " body: " + abbreviate(lastBody), e);
    }
  }

  private Timed post(String path, String type, byte[] body) throws IOException, InterruptedException {
    return post(path, type, body, "application/json");
  }

  private String lastBody = "";

  private Timed post(String path, String type, byte[] body, String accept) throws IOException, InterruptedException {
    lastBody = new String(body, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type).header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET()).response;
  }

  private void assertReady() throws IOException, InterruptedException {
    HttpResponse<String> r = get("/q/health/ready");
    assertEquals(200, r.statusCode(), () -> "not ready after fuzzing: " + r.body());
  }

  private URI uri(String pathAndQuery) {
    return URI.create(root.toString().replaceAll("/$", "") + pathAndQuery);
  }

  /** Mostly a valid paging number, so that the other parameters get exercised past the paging check. */
  private static String pickInt(Hostile h) {
    if (h.nextInt(4) > 0) return String.valueOf(1 + h.nextInt(50));
    return h.pick(List.of("0", "1", "10", "-1", "200", "1000000", "2147483647", "-2147483648", "99999999999", "x", ""));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A path segment: percent-encoded (slashes too), and never empty (an empty segment is another route). */
  private static String seg(String s) {
    String e = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    return e.isEmpty() ? "%20" : e;
  }

  private static String abbreviate(String s) {
    if (s == null) return "null";
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    String one = sb.toString();
    return one.length() <= 200 ? one : one.substring(0, 200) + "…(" + s.length() + " chars)";
  }
}
