package dev.lawimpact.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class LawApiTest {

  @BeforeEach
  void ready() {
    ApiTestSupport.awaitReady();
  }

  @Test
  void listsLawsWithFilters() {
    given().get("/api/laws").then().statusCode(200)
        .body("total", equalTo(3))
        .body("laws.title", hasItem("架空通信事業法"));
    given().queryParam("lawType", "CabinetOrder").get("/api/laws").then().statusCode(200)
        .body("laws", hasSize(1)).body("laws[0].lawId", equalTo("599CO0000000001"));
    given().queryParam("q", "架通事法").get("/api/laws").then().statusCode(200)
        .body("laws[0].lawId", equalTo("599AC0000000001"));
  }

  @Test
  void lawDetailHasOutlineAndAmendments() {
    given().get("/api/laws/599AC0000000001").then().statusCode(200)
        .body("law.title", equalTo("架空通信事業法"))
        .body("law.lawNum", equalTo("令和九十九年法律第一号"))
        .body("law.abbreviations", hasItem("架通事法"))
        .body("outline.title", hasItem("第一章　総則"))
        .body("outline.find { it.title == '第一章　総則' }.firstArticle", equalTo("a1"))
        .body("outline.find { it.title == '第一章　総則' }.lastArticle", equalTo("a4"))
        .body("amendedBy", hasItem("令和一〇〇年五月一日法律第三号"));
  }

  @Test
  void provisionWithChildren() {
    given().get("/api/laws/599AC0000000001/provisions/a2").then().statusCode(200)
        .body("citation", equalTo("架空通信事業法 第二条"))
        .body("caption", equalTo("（定義）"))
        .body("children[0].path", equalTo("a2-p1"))
        .body("children[0].children.path", hasItem("a2-p1-i2"))
        .body("children[0].children.find { it.path == 'a2-p1-i2' }.children.label", hasItem("第二条第二号ロ")) // 第一項 left out: the article has one paragraph
        .body("text", containsString("架空通信事業者"));
    given().get("/api/laws/599AC0000000001/provisions/a6_2").then().statusCode(200)
        .body("label", equalTo("第六条の二"));
    given().get("/api/laws/599AC0000000001/provisions/at1").then().statusCode(200)
        .body("text", containsString("九万円"));
  }

  @Test
  void indexReportsCountsAndTheUnreadableFile() {
    given().get("/api/index").then().statusCode(200)
        .body("status", equalTo("READY"))
        .body("report.laws", equalTo(3))
        .body("report.problems.source", hasItem(containsString("599AC0000000009")))
        .body("report.problems.reason", hasItem(containsString("truncated")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "/api/laws/599AC0000000077                       | 404",
      "/api/laws/not-a-law-id                          | 400",
      "/api/laws/599AC0000000001/provisions/a99        | 404",
      "/api/laws/599AC0000000001/provisions/zz9        | 400",
      "/api/laws/599AC0000000001/provisions/a4-p1-     | 400",
      "/api/laws/599AC0000000077/provisions/a1         | 404",
      "/api/laws?limit=0                               | 400",
      "/api/laws?lawType=Nope                          | 400",
      "/api/nothing-here                               | 404",
  })
  void errorsAreProblemJson(String url, int status) {
    given().get(url.strip()).then().statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
  }
}
