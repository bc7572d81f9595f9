package dev.lawimpact.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/amend and /api/diff on the fictional fixture corpus. */
@QuarkusTest
class AmendApiTest {

  static final String BILL = """
      架空通信事業法（令和九十九年法律第一号）の一部を次のように改正する。
      第一条中「合理的なもの」を「効率的なもの」に改める。
      第二条第二号中「存在しない語句」を「何か」に改める。
      """;

  @BeforeEach
  void ready() {
    ApiTestSupport.awaitReady();
  }

  @Test
  void appliesAPlainTextBillToTheCorpusVersion() {
    given().contentType("application/json").body(Map.of("amendment", BILL))
        .post("/api/amend").then().statusCode(200)
        .body("targetLawId", equalTo("599AC0000000001"))
        .body("operations.type", equalTo(java.util.List.of("replace-text", "replace-text")))
        .body("operations[0].clause", containsString("「合理的なもの」"))
        .body("failures", hasSize(1))
        .body("failures[0].kind", equalTo("TEXT_NOT_FOUND"))
        .body("failures[0].sentence", equalTo(1))
        .body("result", containsString("効率的なもの"))
        .body("comparison.rows", hasSize(1))
        .body("comparison.rows[0].path", equalTo("599AC0000000001/a1"))
        .body("comparison.rows[0].amended.text", hasItem(containsString("効率的なもの")))
        .body("comparison.rows[0].current.text", hasItem(containsString("合理的なもの")));
  }

  @Test
  void htmlIsAPrintableComparisonTable() {
    given().contentType("application/json").accept("text/html").body(Map.of("amendment", BILL))
        .post("/api/amend").then().statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("size: A4 landscape"))
        .body(containsString("<u class=\"chg\">効率</u>"))
        .body(containsString("改正前"));
  }

  @Test
  void badInputIsAProblem() {
    given().contentType("application/json").body(Map.of("amendment", "")).post("/api/amend").then().statusCode(400)
        .contentType(containsString("problem+json")).body("status", equalTo(400));
    given().contentType("application/json").body(Map.of("amendment", "<Law><broken")).post("/api/amend").then().statusCode(400)
        .body("detail", containsString("amendment"));
    given().contentType("application/json").body(Map.of("amendment", BILL, "targetLawId", "nonsense"))
        .post("/api/amend").then().statusCode(400);
    given().contentType("application/json").body(Map.of("amendment", BILL, "targetLawId", "599AC0000000077"))
        .post("/api/amend").then().statusCode(404);
  }

  @Test
  void oversizedInputIs413() {
    // Over the service's own limit (2,000,000 characters) but under the HTTP body limit.
    String big = "x".repeat(2_000_001);
    given().contentType("application/json").body(Map.of("amendment", big)).post("/api/amend").then().statusCode(413)
        .body("status", equalTo(413));
  }

  @Test
  void diffOfTwoVersionsAndOfTwoDrafts() {
    String old = """
        <Law Era="Reiwa" Year="2" Num="9" LawType="Act" Lang="ja"><LawNum>令和二年法律第九号</LawNum><LawBody><LawTitle>差分法</LawTitle>
        <MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>甲は乙とする。</Sentence></ParagraphSentence></Paragraph></Article>
        <Article Num="2"><ArticleTitle>第二条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>丙とする。</Sentence></ParagraphSentence></Paragraph></Article></MainProvision></LawBody></Law>""";
    String neu = old.replace("甲は乙とする。", "甲は丁とする。");
    given().contentType("application/json").body(Map.of("old", old, "new", neu)).post("/api/diff").then().statusCode(200)
        .body("rows", hasSize(1)).body("rows[0].path", equalTo("502AC0000000009/a1"))
        .body("rows[0].amended[1].marks[0].start", equalTo(2));
    String draft2 = BILL.replace("効率的なもの", "能率的なもの");
    given().contentType("application/json").body(Map.of("draft1", BILL, "draft2", draft2)).post("/api/diff").then().statusCode(200)
        .body("sentences.kind", equalTo(java.util.List.of("reworded", "same")))
        .body("results.rows", hasSize(1))
        .body("results.rows[0].amended.text", not(hasItem(containsString("効率"))));
    given().contentType("application/json").body(Map.of("old", old)).post("/api/diff").then().statusCode(400);
  }
}
