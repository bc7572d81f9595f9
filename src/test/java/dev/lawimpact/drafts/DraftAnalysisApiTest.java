package dev.lawimpact.drafts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.lawimpact.api.ApiTestSupportAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Impact and amendment analyses run on a draft version and stored with it; version diffs; and a
 * second user can neither run nor read them (404, as for a draft that does not exist).
 */
@QuarkusTest
class DraftAnalysisApiTest {

  static final String OUTLINE = "政府は、架空通信事業者から通信に関する情報の提供を受けて、これを取得し、分析することができるものとする。";
  static final String AMENDMENT = "架空通信事業法（令和九十九年法律第一号）の一部を次のように改正する。\n"
      + "第四条第一項中「侵してはならない」を「侵してはならない。ただし、法律に特別の定めがある場合は、この限りでない」に改める。";

  @BeforeEach
  void ready() {
    ApiTestSupportAccess.awaitReady();
  }

  @Test
  void impactOnAVersionIsStoredWithIt() {
    String owner = Accounts.create("analyst", "drafter");
    String id = Accounts.as(owner).contentType(ContentType.JSON)
        .body(Map.of("title", "架空法案", "format", "text", "content", OUTLINE)).post("/api/drafts").then().statusCode(201)
        .extract().path("id");
    Accounts.as(owner).post("/api/drafts/" + id + "/impact").then().statusCode(200)
        .body("version", equalTo(1)).body("stored", equalTo(true))
        .body("result.laws.lawId", hasItem("599AC0000000001"));
    Accounts.as(owner).get("/api/drafts/" + id + "/versions/1/analyses").then().statusCode(200)
        .body("kind", hasItem("impact"));

    String other = Accounts.create("outsider", "drafter");
    Accounts.as(other).post("/api/drafts/" + id + "/impact").then().statusCode(404);
    Accounts.as(other).get("/api/drafts/" + id + "/diff?from=1&to=1").then().statusCode(404);
    Accounts.as(other).contentType(ContentType.JSON).body(Map.of()).post("/api/drafts/" + id + "/amend").then().statusCode(404);
  }

  @Test
  void amendmentOnAVersionAndDiffBetweenVersions() {
    String owner = Accounts.create("amender", "drafter");
    String id = Accounts.as(owner).contentType(ContentType.JSON)
        .body(Map.of("title", "架空改正案", "format", "text", "content", AMENDMENT)).post("/api/drafts").then()
        .statusCode(201).extract().path("id");
    Accounts.as(owner).contentType(ContentType.JSON).body(Map.of()).post("/api/drafts/" + id + "/amend").then()
        .statusCode(200).body("stored", equalTo(true)).body("result.targetLawId", equalTo("599AC0000000001"))
        .body("result.failures.size()", equalTo(0));
    Accounts.as(owner).contentType(ContentType.JSON)
        .body(Map.of("content", AMENDMENT.replace("特別の定め", "定め"), "baseVersion", 1)).put("/api/drafts/" + id).then()
        .statusCode(200);
    Accounts.as(owner).get("/api/drafts/" + id + "/diff?from=1&to=2").then().statusCode(200)
        .body("sentences.kind", hasItem("reworded")).body("sentences.kind", hasItem("same"));
  }
}
