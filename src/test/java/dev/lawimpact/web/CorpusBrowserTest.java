package dev.lawimpact.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.regression.CorpusIndex;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The acceptance flows of the web UI on the real statute book (../shared/corpus): search 通信の秘密,
 * open 電気通信事業法 第四条, follow a "cited by" link to 電波法 第五十九条. The app serves the
 * corpus-scale index the regression tests build (target/regression-index, linked into this test's
 * data dir), so no second build. Skips loudly without the corpus. With -Dscreenshots.update=true
 * the screenshots also replace docs/screenshots/*.png (the README shows them).
 */
@QuarkusTest
@TestProfile(CorpusBrowserTest.RealCorpus.class)
@Tag("corpus")
class CorpusBrowserTest {

  /** The real corpus and the shared regression index; the fixture configuration when the corpus is absent. */
  public static final class RealCorpus implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      if (!Files.isDirectory(CorpusIndex.ROOT.resolve("ja"))) return Map.of();
      try {
        CorpusIndex.index(); // builds target/regression-index once per corpus, or reuses it
        Path data = Path.of("target", "web-corpus-data").toAbsolutePath();
        Path indexes = Files.createDirectories(data.resolve("indexes"));
        Path link = indexes.resolve("regression");
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, CorpusIndex.dir().toAbsolutePath());
        Files.writeString(data.resolve("CURRENT"), "regression\n", StandardCharsets.UTF_8);
        return Map.of(
            "lawimpact.corpus.locations", String.join(";", CorpusSpec.defaults(CorpusIndex.ROOT).locations()),
            "lawimpact.reference.root", CorpusIndex.ROOT.toString(),
            "lawimpact.data-dir", data.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final boolean UPDATE_DOCS = Boolean.getBoolean("screenshots.update");

  @TestHTTPResource("/")
  URL root;

  static ChromeDriver driver;

  @BeforeEach
  void ready() {
    Browser.assumeCorpus(CorpusIndex.ROOT);
    WebTestSupport.awaitReady();
    if (driver == null) driver = Browser.start(1280, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) driver.quit();
    driver = null;
  }

  private String url(String path) {
    return root.toString().replaceAll("/$", "") + path;
  }

  private WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private void search(String q) {
    driver.get(url("/"));
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys(q);
    box.sendKeys(Keys.ENTER);
  }

  @Test
  void searchTsushinNoHimitsu() {
    search("通信の秘密");
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("count")));
    String results = driver.findElement(By.cssSelector(".results")).getText();
    for (String expected : List.of("日本国憲法", "第二十一条第二項", "電気通信事業法", "第四条第一項", "有線電気通信法", "第九条",
        "電波法", "第五十九条")) {
      assertTrue(results.contains(expected), expected + " in\n" + results);
    }
    assertTrue(driver.findElements(By.cssSelector(".snippet mark")).stream().anyMatch(m -> m.getText().equals("通信の秘密")));
    assertTrue(driver.findElements(By.cssSelector("#facet-law a")).size() > 3, "law facets");
    Browser.screenshot(driver, "search.png", UPDATE_DOCS);
  }

  @Test
  void openArticle4AndFollowACitedByLink() {
    search("電気通信事業法第四条");
    await().until(ExpectedConditions.urlContains("/laws/359AC0000000086?at=a4#a4"));
    assertEquals("電気通信事業法", driver.findElement(By.id("law-title")).getText());
    assertEquals("昭和五十九年法律第八十六号", driver.findElement(By.id("law-num")).getText());
    assertTrue(driver.findElement(By.id("a4-p1")).getText().startsWith("第四条　電気通信事業者の取扱中に係る通信の秘密は、侵してはならない。"));
    assertEquals("0", driver.findElement(By.cssSelector(".law-text")).getAttribute("data-unplaced-links"));
    assertTrue(driver.findElements(By.cssSelector("#history li")).size() > 10, "amendment history from the 附則");
    Browser.screenshot(driver, "law-view.png", UPDATE_DOCS);

    WebElement citing = driver.findElements(By.cssSelector("#cited-by a")).stream()
        .filter(a -> a.getText().equals("電波法 第五十九条第一項")).findFirst().orElseThrow();
    citing.click();
    await().until(ExpectedConditions.urlContains("/laws/325AC0000000131?at=a59-p1#a59-p1"));
    assertEquals("電波法", driver.findElement(By.id("law-title")).getText());
    WebElement p = driver.findElement(By.id("a59-p1"));
    WebElement back = p.findElements(By.cssSelector("a.ref")).stream()
        .filter(a -> a.getText().equals("電気通信事業法第四条第一項")).findFirst().orElseThrow();
    assertTrue(back.getAttribute("href").endsWith("/laws/359AC0000000086?at=a4-p1#a4-p1"), back.getAttribute("href"));
    Browser.screenshot(driver, "law-view-cited-by-followed.png", false);
  }

  @Test
  void impactReportForTheCyberDefenceOutline() throws Exception {
    String outline;
    try (var in = CorpusBrowserTest.class.getResourceAsStream("/impact/outline-cyber-ja.txt")) {
      outline = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    driver.get(url("/impact"));
    WebElement box = driver.findElement(By.id("bill-text"));
    box.sendKeys(outline);
    driver.findElement(By.id("analyse")).click();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-laws")));
    String constraints = driver.findElement(By.id("constraints")).getText();
    assertTrue(constraints.contains("日本国憲法 第二十一条"), constraints);
    List<String> laws = driver.findElements(By.cssSelector(".impact-law summary > a")).stream().map(WebElement::getText).toList();
    for (String law : List.of("電気通信事業法", "自衛隊法", "警察法", "内閣法", "サイバーセキュリティ基本法")) {
      assertTrue(laws.contains(law), law + " in " + laws);
    }
    String first = driver.findElements(By.cssSelector(".impact-law")).get(0).getText();
    assertTrue(first.contains("第四条"), "evidence 電気通信事業法第四条 shown: " + first);
    driver.executeScript("document.getElementById('impact-summary').scrollIntoView()");
    Browser.screenshot(driver, "impact.png", UPDATE_DOCS);
  }

  @Test
  void comparisonTableForAnAmendmentOfTheTelecommunicationsBusinessAct() {
    driver.get(url("/amend"));
    driver.findElement(By.id("amendment")).sendKeys("電気通信事業法（昭和五十九年法律第八十六号）の一部を次のように改正する。\n"
        + "第四条第一項中「侵してはならない」を「侵してはならない。ただし、法律に特別の定めがある場合は、この限りでない」に改める。");
    driver.findElement(By.id("apply")).click();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("operations")));
    assertEquals("359AC0000000086", driver.findElement(By.id("target")).getAttribute("value"));
    List<String> underlined = driver.findElements(By.cssSelector("table.cmp u.chg")).stream().map(WebElement::getText).toList();
    assertTrue(underlined.stream().anyMatch(u -> u.contains("ただし")), underlined.toString());
    driver.executeScript("document.getElementById('ops-h').scrollIntoView()");
    Browser.screenshot(driver, "amend.png", UPDATE_DOCS);
  }
}
