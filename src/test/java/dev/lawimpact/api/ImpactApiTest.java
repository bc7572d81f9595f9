package dev.lawimpact.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/impact over the fictional fixture corpus (架空通信事業法 with its secrecy rule and penalty). */
@QuarkusTest
class ImpactApiTest {

  static final String OUTLINE = "政府は、架空通信事業者から通信に関する情報の提供を受けて、これを取得し、分析することができるものとする。\n"
      + "この取得の適正を確保するため、架空情報監理委員会を置く。";

  @BeforeEach
  void ready() {
    ApiTestSupport.awaitReady();
  }

  @Test
  void outlineFindsTheSecrecyRuleItsPenaltyAndTheRelatedLaw() {
    given().contentType("application/json").body(Map.of("text", OUTLINE, "title", "架空法案"))
        .post("/api/impact").then().statusCode(200)
        .body("title", equalTo("架空法案"))
        .body("language", equalTo("ja"))
        .body("laws[0].lawId", equalTo("599AC0000000001"))
        .body("laws[0].rank", equalTo(1))
        .body("laws[0].reasons.type", hasItem("CONFLICT"))
        .body("laws[0].reasons.find { it.type == 'CONFLICT' }.provisions.path", hasItem("a4"))
        // the penal provision that cites 第四条第一項 inherits the conflict
        .body("laws[0].reasons.find { it.type == 'CONFLICT' }.provisions.path", hasItem("a5-p1"))
        // the wireless law protects the same interest (通信の秘密) without citing the first
        .body("laws.lawId", hasItem("599AC0000000002"))
        .body("measures.type", hasItem("ACQUIRE"))
        .body("measures.type", hasItem("ESTABLISH"))
        .body("measures.find { it.type == 'ESTABLISH' }.name", equalTo("架空情報監理委員会"))
        .body("measures.find { it.type == 'ACQUIRE' }.start", equalTo(0))
        .body("laws.reasons.flatten().provisions.flatten().size()", greaterThan(0));
  }

  @Test
  void everyReasonPointsAtARecognisedMeasureAndHasEvidence() {
    var r = given().contentType("application/json").body(Map.of("text", OUTLINE)).post("/api/impact").then().statusCode(200)
        .extract().jsonPath();
    java.util.List<String> ids = r.getList("measures.id");
    java.util.List<String> used = r.getList("laws.reasons.flatten().measure");
    org.junit.jupiter.api.Assertions.assertTrue(ids.containsAll(used), used + " not all in " + ids);
    java.util.List<Integer> evidence = r.getList("laws.reasons.flatten().collect { it.provisions.size() }");
    org.junit.jupiter.api.Assertions.assertTrue(evidence.stream().allMatch(n -> n > 0));
  }

  @Test
  void plainTextXmlAndEnglishBodiesAreAccepted() {
    given().contentType("text/plain; charset=UTF-8").body(OUTLINE).post("/api/impact").then().statusCode(200)
        .body("format", equalTo("text")).body("laws.lawId", hasItem("599AC0000000001"));
    String xml = "<Law Era=\"Reiwa\" Year=\"9\" Num=\"9\" LawType=\"Act\" Lang=\"ja\"><LawNum>令和九年法律第九号</LawNum><LawBody>"
        + "<LawTitle>架空取得法</LawTitle><MainProvision><Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle>"
        + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>政府は、架空通信事業法第四条の規定にかかわらず、"
        + "通信に関する情報を取得することができる。</Sentence></ParagraphSentence></Paragraph></Article></MainProvision></LawBody></Law>";
    given().contentType("application/xml; charset=UTF-8").body(xml).post("/api/impact").then().statusCode(200)
        .body("format", equalTo("xml")).body("title", equalTo("架空取得法"))
        .body("laws.find { it.lawId == '599AC0000000001' }.reasons.type", hasItem("EXPLICIT"));
    given().contentType("application/json").body(Map.of("text", "The government may obtain communications data.", "language", "auto"))
        .post("/api/impact").then().statusCode(200).body("language", equalTo("en")).body("measures.type", hasItem("ACQUIRE"));
  }

  @Test
  void htmlCsvAndMarkdownRenderTheSameReport() {
    given().contentType("application/json").accept("text/html").body(Map.of("text", OUTLINE)).post("/api/impact").then()
        .statusCode(200).contentType(containsString("text/html"))
        .body(containsString("架空通信事業法")).body(containsString("<mark"));
    given().contentType("application/json").queryParam("download", "csv").body(Map.of("text", OUTLINE)).post("/api/impact")
        .then().statusCode(200).contentType(containsString("text/csv"))
        .header("Content-Disposition", containsString("impact-report.csv")).body(containsString("599AC0000000001/a4"));
    given().contentType("application/json").queryParam("download", "md").body(Map.of("text", OUTLINE)).post("/api/impact")
        .then().statusCode(200).contentType(containsString("text/markdown")).body(containsString("## Laws to amend"));
  }

  @Test
  void badBillsGetProblemBodiesWithoutEchoingTheText() {
    given().contentType("application/json").body(Map.of("text", "")).post("/api/impact").then().statusCode(400)
        .contentType(containsString("application/problem+json")).body("detail", containsString("empty"));
    given().contentType("application/json").body(Map.of("text", "秘密の草案本文", "language", "fr")).post("/api/impact").then()
        .statusCode(400).body("detail", not(containsString("秘密の草案本文")));
    given().contentType("application/json").body(Map.of("text", "草".repeat(300_001))).post("/api/impact").then()
        .statusCode(413).body("status", equalTo(413));
    given().contentType("application/json").queryParam("limit", 0).body(Map.of("text", OUTLINE)).post("/api/impact").then()
        .statusCode(400);
    given().contentType("application/json").queryParam("download", "pdf").body(Map.of("text", OUTLINE)).post("/api/impact")
        .then().statusCode(400);
    given().contentType("application/json").body("{not json").post("/api/impact").then().statusCode(400);
  }
}
