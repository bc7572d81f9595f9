package dev.lawimpact.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SearchApiTest {

  @BeforeEach
  void ready() {
    ApiTestSupport.awaitReady();
  }

  @Test
  void phraseFindsProvisionsGroupedPerArticleWithHighlights() {
    given().queryParam("q", "通信の秘密").get("/api/search").then().statusCode(200)
        .body("total", greaterThan(1))
        .body("hits.label", hasItem("架空通信事業法 第四条第一項"))
        .body("hits.find { it.path == 'a4-p1' }.snippet", containsString("<mark>"))
        // one hit per article: never both 第四条 and 第四条第一項
        .body("hits.findAll { it.lawId == '599AC0000000001' && it.path.startsWith('a4') }", hasSize(1));
  }

  @Test
  void captionWordsCountAsEvidence() {
    // 架空無線通信法 第一条 says 傍受…漏らし; only its caption says 秘密.
    given().queryParam("q", "秘密 無線通信").get("/api/search").then().statusCode(200)
        .body("hits.label", hasItem("架空無線通信法 第一条"));
  }

  @Test
  void lawTypeFacetsAndFilter() {
    given().queryParam("q", "秘密").get("/api/search").then().statusCode(200)
        .body("lawTypes.value", hasItem("Act"))
        .body("lawTypes.value", hasItem("CabinetOrder"));
    given().queryParam("q", "秘密").queryParam("lawType", "CabinetOrder").get("/api/search").then().statusCode(200)
        .body("hits.lawType", everyItem(equalTo("CabinetOrder")));
  }

  @Test
  void pagesDoNotOverlap() {
    String first = given().queryParam("q", "秘密").queryParam("limit", 1).get("/api/search").then().statusCode(200)
        .extract().path("hits[0].label");
    given().queryParam("q", "秘密").queryParam("limit", 1).queryParam("offset", 1).get("/api/search").then()
        .statusCode(200)
        .body("hits", hasSize(1))
        .body("hits[0].label", not(equalTo(first)));
  }

  @Test
  void citationComesFirstThenItsMentions() {
    given().queryParam("q", "架空通信事業法第四条第一項").get("/api/search").then().statusCode(200)
        .body("citation.status", equalTo("resolved"))
        .body("hits[0].match", equalTo("citation"))
        .body("hits[0].label", equalTo("架空通信事業法 第四条第一項"))
        // 第五条 cites 第四条第一項 by number only; no other law names it, so the citation stands alone here
        .body("hits[0].snippet", containsString("通信の秘密"));
    given().queryParam("q", "架通事法第六条の二").get("/api/search").then().statusCode(200)
        .body("citation.rule", equalTo("ABBREVIATION"))
        .body("hits[0].path", equalTo("a6_2"));
    given().queryParam("q", "架空通信事業法第九十九条").get("/api/search").then().statusCode(200)
        .body("citation.status", equalTo("provision_not_found"))
        .body("hits", hasSize(0));
  }

  @Test
  void deletedArticlesAreNotSearchHits() {
    given().queryParam("q", "削除").get("/api/search").then().statusCode(200)
        .body("hits.path", not(hasItem("a3")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "q=                 | 400",
      "q=\"unbalanced     | 400",
      "q=秘密&limit=0       | 400",
      "q=秘密&limit=1000    | 400",
      "q=秘密&offset=-1     | 400",
      "q=秘密&lawType=Foo   | 400",
      "q=秘密&lawId=abc     | 400",
      "q=text:* | 400",
      "q=秘密~2 | 400",
      "q=nosuchfield:秘密  | 400",
      "q=秘密&limit=abc     | 404",
  })
  void badParametersGiveProblemJson(String query, int status) {
    given().urlEncodingEnabled(true).get("/api/search?" + query.strip()).then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("detail", not(equalTo(null)));
  }
}
