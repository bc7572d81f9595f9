package dev.lawimpact.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTML endpoints over the fictional fixture corpus: status, content type, redirects, error pages. */
@QuarkusTest
class WebPagesTest {

  @BeforeEach
  void ready() {
    WebTestSupport.awaitReady();
  }

  @Test
  void homeIsTheSearchFormInJapaneseByDefault() {
    given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
        .body(containsString("<html lang=\"ja\">"), containsString("<label for=\"q\">"), containsString("法令検索"),
            containsString("href=\"#main\""));
  }

  @Test
  void searchResultsAreGroupedWithMarks() {
    given().queryParam("q", "通信の秘密").get("/search").then().statusCode(200).contentType(startsWith("text/html"))
        .body(containsString("架空通信事業法"), containsString("<mark>"),
            containsString("href=\"/laws/599AC0000000001?at=a4-p1#a4-p1\""));
  }

  @Test
  void citationQueryRedirectsToTheProvision() {
    given().redirects().follow(false).queryParam("q", "架空通信事業法第四条").get("/search").then().statusCode(303)
        .header("Location", endsWith("/laws/599AC0000000001?at=a4#a4"));
  }

  @Test
  void nearMissTitleGetsADidYouMean() {
    given().queryParam("q", "架空通信事業方第四条").get("/search").then().statusCode(200)
        .body(containsString("id=\"did-you-mean\""), containsString("架空通信事業法第四条"));
    // Ordinary keywords never get one.
    given().queryParam("q", "通信の秘密").get("/search").then().statusCode(200).body(not(containsString("did-you-mean")));
  }

  @Test
  void refusedQueryIsA400PageWithTheReason() {
    given().queryParam("q", "通信*").get("/search").then().statusCode(400).contentType(startsWith("text/html"))
        .body(containsString("id=\"query-error\""), not(containsString("Exception")));
    given().queryParam("q", "通信").queryParam("page", "x").get("/search").then().statusCode(400)
        .contentType(startsWith("text/html"));
  }

  @Test
  void lawViewHasAnchorsLinksAndHistory() {
    given().get("/laws/599AC0000000001").then().statusCode(200).contentType(startsWith("text/html"))
        .body(containsString("<h1 id=\"law-title\">架空通信事業法</h1>"), containsString("令和九十九年法律第一号"),
            containsString("id=\"a4-p1\""), containsString("id=\"a2-p1-i2-s1\""), containsString("id=\"at1\""),
            // 第五条 cites 第四条第一項: a link to the anchor in the same page
            containsString("<a class=\"ref\" href=\"#a4-p1\" title=\"架空通信事業法 第四条第一項\">第四条第一項</a>"),
            containsString("令和一〇〇年五月一日法律第三号"), containsString("data-unplaced-links=\"0\""));
  }

  @Test
  void selectedProvisionShowsCitedByAndConcepts() {
    given().queryParam("at", "a2").get("/laws/599AC0000000001").then().statusCode(200)
        .body(containsString("id=\"cited-by\""), containsString("href=\"/laws/599CO0000000001?at=p1#p1\""));
    given().queryParam("at", "a4").get("/laws/599AC0000000001").then().statusCode(200)
        .body(containsString("id=\"concepts\""), containsString("/laws/599AC0000000002?at=a1#a1"));
  }

  @Test
  void provisionUrlRedirectsToTheLawView() {
    given().redirects().follow(false).get("/laws/599AC0000000001/provisions/a4-p1").then().statusCode(303)
        .header("Location", endsWith("/laws/599AC0000000001?at=a4-p1#a4-p1"));
  }

  @Test
  void unknownLawIsAnHtml404Page() {
    given().get("/laws/599AC0000000077").then().statusCode(404).contentType(startsWith("text/html"))
        .body(allOf(containsString("id=\"error-title\""), containsString("599AC0000000077"), not(containsString("at dev."))));
    given().get("/laws/not-a-law").then().statusCode(400).contentType(startsWith("text/html"));
    given().queryParam("at", "a99").get("/laws/599AC0000000001").then().statusCode(404).contentType(startsWith("text/html"));
  }

  @Test
  void languageSwitchSetsACookieAndComesBack() {
    given().redirects().follow(false).queryParam("back", "/search?q=x").get("/lang/en").then().statusCode(303)
        .header("Location", endsWith("/search?q=x")).cookie("lang", equalTo("en"));
    given().redirects().follow(false).queryParam("back", "//evil.example/").get("/lang/en").then().statusCode(303)
        .header("Location", not(containsString("evil")));
    given().cookie("lang", "en").get("/").then().statusCode(200)
        .body(containsString("<html lang=\"en\">"), containsString("Statute search"), containsString("Skip to main content"));
    given().queryParam("lang", "en").queryParam("at", "a4").get("/laws/599AC0000000001").then().statusCode(200)
        .body(containsString("Cited by ("), containsString("架空通信事業者の取扱中に係る通信の秘密は、侵してはならない。"));
  }
}
