package dev.lawimpact.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference graph over the fictional fixture corpus. */
@QuarkusTest
class LinkApiTest {

  @BeforeEach
  void ready() {
    ApiTestSupport.awaitReady();
  }

  @Test
  void outgoingReferencesAsWritten() {
    given().queryParam("direction", "out").get("/api/laws/599AC0000000001/provisions/a5/links").then().statusCode(200)
        .body("links.mention", hasItem("第四条第一項"))
        .body("links.find { it.mention == '第四条第一項' }.targets[0].path", equalTo("599AC0000000001/a4-p1"))
        .body("links.find { it.mention == '第四条第一項' }.targets[0].label", equalTo("架空通信事業法 第四条第一項"))
        .body("links.find { it.mention == '第四条第一項' }.source", equalTo("599AC0000000001/a5-p1"));
    given().get("/api/laws/599AC0000000001/provisions/a6/links").then().statusCode(200)
        .body("links.find { it.mention == '前条' }.targets[0].path", equalTo("599AC0000000001/a5"));
  }

  @Test
  void incomingReferencesIncludeOtherLawsAndCountByLaw() {
    given().queryParam("direction", "in").get("/api/laws/599AC0000000001/provisions/a4/links").then().statusCode(200)
        .body("links.source", hasItem("599AC0000000001/a5-p1"));
    // The cabinet order cites 架空通信事業法第二条第二号ロ: incoming for the whole article 第二条.
    given().queryParam("direction", "in").get("/api/laws/599AC0000000001/provisions/a2/links").then().statusCode(200)
        .body("links.source", hasItem("599CO0000000001/p1"))
        .body("byLaw.value", hasItem("599CO0000000001"));
    given().get("/api/laws/599AC0000000001/cited-by").then().statusCode(200)
        .body("find { it.value == '599CO0000000001' }.count", equalTo(1));
  }

  @Test
  void conceptLinksCarryEvidence() {
    // 架空無線通信法 第一条 (秘密の保護) protects the same interest as 架空通信事業法 第四条 without citing it.
    given().queryParam("direction", "concept").get("/api/laws/599AC0000000001/provisions/a4/links").then()
        .statusCode(200)
        .body("keyTerms", hasItem("秘密"))
        .body("links.path", hasItem("599AC0000000002/a1"))
        .body("links.find { it.path == '599AC0000000002/a1' }.evidence", org.hamcrest.Matchers.containsString("秘密"));
  }

  @Test
  void badDirectionOrPathIsA400() {
    given().queryParam("direction", "sideways").get("/api/laws/599AC0000000001/provisions/a4/links").then()
        .statusCode(400).contentType("application/problem+json");
    given().get("/api/laws/599AC0000000001/provisions/zz/links").then().statusCode(400);
    given().get("/api/laws/599AC0000000077/cited-by").then().statusCode(404);
  }
}
