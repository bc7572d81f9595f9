package dev.lawimpact.drafts;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like web session in tests: form login, the session cookie, and the page's CSRF token. */
final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  final String session;
  final String csrf;

  private WebClient(String session, String csrf) {
    this.session = session;
    this.csrf = csrf;
  }

  static String csrfOf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) throw new AssertionError("no CSRF field in page");
    return m.group(1);
  }

  /** Logs in through the form; the result's session is null when the login failed. */
  static Response loginResponse(String user, String password) {
    Response form = given().redirects().follow(false).get("/drafts/login");
    String token = csrfOf(form.asString());
    return given().redirects().follow(false).cookie("lawimpact_login", form.getCookie("lawimpact_login"))
        .formParam("username", user).formParam("password", password).formParam("csrf", token)
        .post("/drafts/login");
  }

  static WebClient login(String user, String password) {
    Response r = loginResponse(user, password);
    if (r.statusCode() != 303) throw new AssertionError("login of " + user + " failed: " + r.statusCode());
    String session = r.getCookie("lawimpact_session");
    String page = given().redirects().follow(false).cookie("lawimpact_session", session).get("/drafts").asString();
    return new WebClient(session, csrfOf(page));
  }

  static WebClient login(String user) {
    return login(user, Accounts.PASSWORD);
  }

  RequestSpecification spec() {
    return given().redirects().follow(false).cookie("lawimpact_session", session);
  }

  /** Form posts as a browser sends them from a UTF-8 page. */
  RequestSpecification form() {
    return spec().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf", csrf);
  }
}
