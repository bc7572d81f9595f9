package dev.lawimpact.drafts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile drafts are stored byte for byte and come back inert: escaped in pages, as attachments with
 * nosniff on download, never parsed (no entity expansion, no external fetch) and never echoed in errors.
 */
@QuarkusTest
class HostileContentTest {

  static final String BOMB = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
       <!ENTITY lol "lol">
       <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
       <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
       <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
       <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
       <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
       <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
       <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
       <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <Law><LawBody><LawTitle>&lol9;</LawTitle></LawBody></Law>
      """;

  static final String XXE = """
      <?xml version="1.0"?>
      <!DOCTYPE Law [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY net SYSTEM "http://127.0.0.1:1/x"> ]>
      <Law><LawBody><LawTitle>&xxe;&net;</LawTitle></LawBody></Law>
      """;

  static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of("script", "text", "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>"),
        Arguments.of("kaimebun-html", "text",
            "第一条中「<b onmouseover=\"alert(1)\">秘密</b>」を「</textarea><script>alert(2)</script>」に改める。"),
        Arguments.of("attribute-breakout", "text", "\"><svg onload=alert(3)>'--></pre></textarea>{csrf}{#include x}"),
        Arguments.of("xml-bomb", "xml", BOMB),
        Arguments.of("xxe", "xml", XXE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void storedVerbatimAndShownInert(String name, String format, String payload) {
    String user = Accounts.create("hostile", "drafter");
    String id = Accounts.as(user).contentType(ContentType.JSON)
        .body(Map.of("title", "<script>alert('" + name + "')</script>", "format", format, "content", payload))
        .post("/api/drafts").then().statusCode(201).extract().path("id");

    // Byte for byte back over JSON and as a download.
    assertEquals(payload, Accounts.as(user).get("/api/drafts/" + id).then().statusCode(200)
        .extract().path("latest.content"));
    Response file = Accounts.as(user).get("/api/drafts/" + id + "/export");
    assertEquals(payload, file.asString());
    assertTrue(file.getHeader("Content-Disposition").startsWith("attachment"));
    assertEquals("nosniff", file.getHeader("X-Content-Type-Options"));

    // In the page: escaped, so no live markup from the draft; the CSP would block inline script anyway.
    WebClient web = WebClient.login(user);
    for (String path : new String[] {"/drafts/" + id, "/drafts/" + id + "/versions/1", "/drafts"}) {
      Response page = web.spec().get(path);
      assertEquals(200, page.statusCode());
      String html = page.asString();
      assertFalse(html.contains("<script>alert"), path + " rendered a live script");
      assertFalse(html.contains("<img src=x"), path);
      assertFalse(html.contains("<svg onload"), path);
      assertFalse(html.contains("<b onmouseover"), path);
      assertFalse(html.contains("root:x:0:0"), path);
      assertTrue(html.contains("&lt;script&gt;alert("), path);
      assertTrue(page.getHeader("Content-Security-Policy").contains("script-src 'self'"));
    }
    // Not expanded when listed: the bomb's size is its own.
    assertTrue(Accounts.as(user).get("/api/drafts/" + id + "/versions").then().statusCode(200)
        .extract().<Integer>path("[0].chars") == payload.length());
  }

  @Test
  void errorsNeverEchoTheDraft() {
    String user = Accounts.create("echo", "drafter");
    String secret = "ECHO-SECRET-" + java.util.UUID.randomUUID();
    // Broken JSON carrying the secret.
    Response broken = Accounts.as(user).contentType(ContentType.JSON)
        .body("{\"title\": \"" + secret + "\", \"content\": " + secret + "}").post("/api/drafts");
    assertEquals(400, broken.statusCode());
    assertFalse(broken.asString().contains(secret), broken.asString());
    // Too long.
    Response big = Accounts.as(user).contentType(ContentType.JSON)
        .body(Map.of("title", secret, "content", secret + "x".repeat(2_000_001))).post("/api/drafts");
    assertEquals(413, big.statusCode());
    assertFalse(big.asString().contains(secret));
    // Wrong format name.
    Response fmt = Accounts.as(user).contentType(ContentType.JSON)
        .body(Map.of("title", secret, "format", secret, "content", "x")).post("/api/drafts");
    assertEquals(400, fmt.statusCode());
    assertFalse(fmt.asString().contains(secret));
  }

  @Test
  void oversizedRequestsAreRefusedBeforeTheBodyIsRead() {
    String user = Accounts.create("huge", "drafter");
    Response r = Accounts.as(user).contentType(ContentType.JSON).body(new byte[12_100_000]).post("/api/drafts");
    assertEquals(413, r.statusCode());
  }

  @Test
  void largeDraftsGoThroughTheWebFormToo() {
    String user = Accounts.create("bigform", "drafter");
    WebClient web = WebClient.login(user);
    String text = "第一条　この法律は、".repeat(20_000); // 200,000 characters, about 600 KB UTF-8
    Response r = web.form().formParam("title", "大きな草案").formParam("format", "text").formParam("content", text)
        .post("/drafts");
    assertEquals(303, r.statusCode());
    String id = r.getHeader("Location").substring(r.getHeader("Location").lastIndexOf('/') + 1);
    String back = Accounts.as(user).get("/api/drafts/" + id).then().statusCode(200).extract().path("latest.content");
    assertTrue(text.equals(back), "the 200,000-character text did not come back intact");
  }

  @Test
  void formsWithoutACharsetAreReadAsUtf8LikeBrowsersSendThem() {
    String user = Accounts.create("charset", "drafter");
    WebClient web = WebClient.login(user);
    String u = java.nio.charset.StandardCharsets.UTF_8.name();
    String body = "csrf=" + web.csrf + "&title=" + java.net.URLEncoder.encode("個人情報保護法改正案", java.nio.charset.StandardCharsets.UTF_8)
        + "&format=text&content=" + java.net.URLEncoder.encode("第一条　「秘密」を改める。", java.nio.charset.StandardCharsets.UTF_8);
    // RestAssured always adds a charset; a browser does not, so send this one by hand.
    java.net.http.HttpResponse<String> r;
    try {
      r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/drafts"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Cookie", "lawimpact_session=" + web.session)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
    assertEquals(303, r.statusCode(), u);
    String location = r.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertEquals("個人情報保護法改正案", Accounts.as(user).get("/api/drafts/" + id).then().extract().path("latest.title"));
  }

  @Test
  void draftsAreNotInThePublicIndex() {
    String user = Accounts.create("index", "drafter");
    String marker = "草案専用語" + Long.toHexString(System.nanoTime());
    Accounts.as(user).contentType(ContentType.JSON).body(Map.of("title", marker, "content", marker))
        .post("/api/drafts").then().statusCode(201);
    dev.lawimpact.api.ApiTestSupportAccess.awaitReady();
    given().queryParam("q", marker).get("/api/search").then().statusCode(200)
        .body("total", org.hamcrest.Matchers.is(0)).body("hits", org.hamcrest.Matchers.empty());
  }
}
