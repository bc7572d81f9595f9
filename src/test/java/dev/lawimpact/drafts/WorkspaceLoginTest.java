package dev.lawimpact.drafts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form login and HTTP Basic: wrong passwords, lockout, logout, session expiry, CSRF, cookie flags. */
@QuarkusTest
class WorkspaceLoginTest {

  @Test
  void loginSetsAHardenedSessionCookie() {
    String user = Accounts.create("login", "drafter");
    Response r = WebClient.loginResponse(user, Accounts.PASSWORD);
    assertEquals(303, r.statusCode());
    String setCookie = r.getHeaders().getValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("lawimpact_session=")).findFirst().orElseThrow();
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertTrue(setCookie.contains("Path=/drafts"), setCookie);
    WebClient web = WebClient.login(user);
    web.spec().get("/drafts").then().statusCode(200).body(containsString(user));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    String user = Accounts.create("wrong", "drafter");
    Response wrong = WebClient.loginResponse(user, "not-the-password");
    Response unknown = WebClient.loginResponse(Accounts.unique("nobody"), "not-the-password");
    assertEquals(401, wrong.statusCode());
    assertEquals(401, unknown.statusCode());
    assertNull(wrong.getCookie("lawimpact_session"));
    assertEquals(errorOf(wrong), errorOf(unknown));
    given().auth().preemptive().basic(user, "not-the-password").get("/api/drafts").then().statusCode(401);
  }

  private static String errorOf(Response r) {
    String html = r.asString();
    int i = html.indexOf("id=\"error\">");
    return html.substring(i, html.indexOf('<', i));
  }

  @Test
  void loginWithoutTheFormTokenIsRefused() {
    String user = Accounts.create("csrf", "drafter");
    given().redirects().follow(false).formParam("username", user).formParam("password", Accounts.PASSWORD)
        .formParam("csrf", "forged").post("/drafts/login").then().statusCode(403);
  }

  @Test
  void repeatedFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockoutEnds() {
    String user = Accounts.create("lock", "drafter");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, WebClient.loginResponse(user, "guess-" + i).statusCode());
    }
    // Locked: the right password is refused too, on the form and over HTTP Basic.
    assertEquals(401, WebClient.loginResponse(user, Accounts.PASSWORD).statusCode());
    Accounts.as(user).get("/api/drafts").then().statusCode(401);
    Accounts.as(Accounts.ADMIN).get("/api/admin/users").then().statusCode(200)
        .body("find { it.username == '" + user + "' }.lockedUntil", org.hamcrest.Matchers.notNullValue());
    TestTimeSource.advance(Duration.ofMinutes(16));
    Accounts.as(user).get("/api/drafts").then().statusCode(200);
    List<Map<String, Object>> events = Accounts.as(Accounts.ADMIN).queryParam("user", user).get("/api/audit")
        .then().statusCode(200).extract().jsonPath().getList("$");
    assertTrue(events.stream().anyMatch(e -> "LOCKED".equals(e.get("action"))), events.toString());
  }

  @Test
  void basicAuthFailuresCountTowardsTheLockoutToo() {
    String user = Accounts.create("basiclock", "drafter");
    for (int i = 0; i < 5; i++) given().auth().preemptive().basic(user, "guess-" + i).get("/api/drafts").then().statusCode(401);
    Accounts.as(user).get("/api/drafts").then().statusCode(401);
    // An administrator's password reset unlocks.
    Accounts.as(Accounts.ADMIN).contentType(ContentType.JSON).body(Map.of("password", Accounts.PASSWORD))
        .put("/api/admin/users/" + user).then().statusCode(200);
    Accounts.as(user).get("/api/drafts").then().statusCode(200);
  }

  @Test
  void logoutEndsTheSessionOnTheServer() {
    String user = Accounts.create("logout", "drafter");
    WebClient web = WebClient.login(user);
    web.spec().get("/drafts").then().statusCode(200);
    Response out = web.form().post("/drafts/logout");
    assertEquals(303, out.statusCode());
    assertEquals("", out.getCookie("lawimpact_session"));
    // The old cookie, replayed, no longer works.
    Response after = web.spec().get("/drafts");
    assertEquals(303, after.statusCode());
    assertTrue(after.getHeader("Location").endsWith("/drafts/login"));
  }

  @Test
  void logoutNeedsTheFormToken() {
    WebClient web = WebClient.login(Accounts.create("logoutcsrf", "drafter"));
    web.spec().formParam("csrf", "forged").post("/drafts/logout").then().statusCode(403);
    web.spec().get("/drafts").then().statusCode(200);
  }

  @Test
  void idleSessionsExpire() {
    WebClient web = WebClient.login(Accounts.create("idle", "drafter"));
    web.spec().get("/drafts").then().statusCode(200);
    TestTimeSource.advance(Duration.ofMinutes(31));
    web.spec().get("/drafts").then().statusCode(303);
  }

  @Test
  void activeSessionsStillEndAfterTheMaximumAge() {
    WebClient web = WebClient.login(Accounts.create("maxage", "drafter"));
    for (int i = 0; i < 25; i++) { // 25 × 29 min > 12 h, never idle for 30 min
      web.spec().get("/drafts").then().statusCode(200);
      TestTimeSource.advance(Duration.ofMinutes(29));
    }
    web.spec().get("/drafts").then().statusCode(303);
  }

  @Test
  void formsRefuseAWrongToken() {
    WebClient web = WebClient.login(Accounts.create("forms", "drafter"));
    web.spec().formParam("csrf", "forged").formParam("title", "t").formParam("content", "c").post("/drafts")
        .then().statusCode(403);
    // The same form with the session's token works.
    Response ok = web.form().formParam("title", "t").formParam("content", "c").post("/drafts");
    assertEquals(303, ok.statusCode());
  }

  @Test
  void basicCredentialsDoNotMakeFormsUsable() {
    // A browser with cached Basic credentials could be driven cross-site; forms need the session token.
    String user = Accounts.create("basicform", "drafter");
    Accounts.as(user).redirects().follow(false).formParam("csrf", "").formParam("title", "t")
        .formParam("content", "c").post("/drafts").then().statusCode(403);
  }

  @Test
  void disabledAccountsAreLoggedOut() {
    String user = Accounts.create("disabled", "drafter");
    WebClient web = WebClient.login(user);
    Accounts.as(Accounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false))
        .put("/api/admin/users/" + user).then().statusCode(200);
    web.spec().get("/drafts").then().statusCode(303);
    Accounts.as(user).get("/api/drafts").then().statusCode(401);
  }

  @Test
  void usersChangeTheirOwnPassword() {
    String user = Accounts.create("ownpw", "drafter");
    WebClient web = WebClient.login(user);
    Accounts.as(user).contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "wrong-password-x", "newPassword", "a-new-long-password"))
        .put("/api/me/password").then().statusCode(403);
    Accounts.as(user).contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "a-new-long-password"))
        .put("/api/me/password").then().statusCode(204);
    Accounts.as(user).get("/api/me").then().statusCode(401);
    given().auth().preemptive().basic(user, "a-new-long-password").get("/api/me").then().statusCode(200);
    web.spec().get("/drafts").then().statusCode(303); // sessions ended
  }

  @Test
  void meAndAdminAccountManagement() {
    String user = Accounts.create("me", "reviewer");
    Accounts.as(user).get("/api/me").then().statusCode(200).body(containsString("reviewer"));
    Accounts.as(Accounts.ADMIN).get("/api/admin/users").then().statusCode(200)
        .body(containsString(user)).body(not(containsString("$2a$"))).body(not(containsString("password")));
    Accounts.as(Accounts.ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", Accounts.PASSWORD, "roles", List.of("drafter")))
        .post("/api/admin/users").then().statusCode(409);
    Accounts.as(Accounts.ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", Accounts.unique("short"), "password", "short", "roles", List.of("drafter")))
        .post("/api/admin/users").then().statusCode(400);
    Accounts.as(Accounts.ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", Accounts.unique("role"), "password", Accounts.PASSWORD, "roles", List.of("root")))
        .post("/api/admin/users").then().statusCode(400);
  }

  @Test
  void publicFeaturesNeedNoLoginAndIgnoreCredentials() {
    dev.lawimpact.api.ApiTestSupportAccess.awaitReady();
    for (String path : List.of("/api/index", "/q/health/ready", "/q/openapi")) {
      given().get(path).then().statusCode(200);
      // Even wrong credentials do not turn a public answer into 401: public paths never authenticate.
      given().auth().preemptive().basic("nobody", "wrong-password").get(path).then().statusCode(200);
    }
    Response r = given().queryParam("q", "秘密").get("/api/search");
    assertEquals(200, r.statusCode());
    assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
    assertTrue(r.getHeader("Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertFalse(r.getHeader("Content-Security-Policy").contains("script-src 'self' 'unsafe-inline'"));
    assertNotNull(r.getHeader("Referrer-Policy"));
    assertNull(r.getHeader("Cache-Control"));
  }
}
