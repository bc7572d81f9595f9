package dev.lawimpact.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The amendments page in a real browser over the fixture corpus: paste 改め文 for 架空通信事業法,
 * read the operations and the 新旧対照表 with the changed words underlined; compare two drafts.
 */
@QuarkusTest
class AmendBrowserTest extends BrowserPageTest {

  static final String DRAFT1 = "架空通信事業法（令和九十九年法律第一号）の一部を次のように改正する。\n"
      + "第四条第一項中「侵してはならない」を「侵してはならない。ただし、法律に特別の定めがある場合は、この限りでない」に改める。";
  static final String DRAFT2 = "架空通信事業法（令和九十九年法律第一号）の一部を次のように改正する。\n"
      + "第四条第一項中「侵してはならない」を「侵してはならない。ただし、法律に定めがある場合は、この限りでない」に改める。";


  @Test
  void applyAnAmendmentAndReadTheComparisonTable() {
    driver.get(url("/amend"));
    driver.findElement(By.id("amendment")).sendKeys(DRAFT1);
    driver.findElement(By.id("apply")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations")));
    assertTrue(driver.findElement(By.id("operations")).getText().contains("侵してはならない"));
    WebElement table = driver.findElement(By.cssSelector("table.cmp"));
    List<String> heads = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("改正後", "改正前"), heads);
    assertTrue(table.getText().contains("第四条"), table.getText());
    List<String> underlined = table.findElements(By.cssSelector("u.chg")).stream().map(WebElement::getText).toList();
    assertTrue(underlined.stream().anyMatch(u -> u.contains("ただし")), underlined.toString());
    assertEquals("underline", driver.findElement(By.cssSelector("u.chg")).getCssValue("text-decoration-line"));
    assertEquals("599AC0000000001", driver.findElement(By.id("target")).getAttribute("value"));
    driver.executeScript("document.getElementById('ops-h').scrollIntoView()");
    Browser.screenshot(driver, "amend-fixture.png", false);
  }

  @Test
  void twoDraftsAreCompared() {
    driver.get(url("/amend"));
    driver.findElement(By.id("amendment")).sendKeys(DRAFT1);
    driver.findElement(By.cssSelector("details summary")).click();
    driver.findElement(By.id("draft2")).sendKeys(DRAFT2);
    driver.findElement(By.id("apply")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    WebElement sentences = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-sentences")));
    List<String> underlined = sentences.findElements(By.cssSelector("u.chg")).stream().map(WebElement::getText).toList();
    assertTrue(underlined.stream().anyMatch(u -> u.contains("特別の")), underlined.toString());
  }

  @Test
  void anUnknownTargetIsRefusedOnThePage() {
    driver.get(url("/amend"));
    driver.findElement(By.id("amendment")).sendKeys("第四条中「甲」を「乙」に改める。");
    driver.findElement(By.id("apply")).click();
    WebElement alert = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("amend-error")));
    assertTrue(alert.getText().length() > 10, alert.getText());
  }
}
