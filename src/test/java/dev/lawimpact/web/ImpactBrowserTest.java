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
 * The impact analysis page in a real browser over the fixture corpus: paste an outline, read the
 * ranked laws with reasons and evidence, see the measures highlighted in the text, follow an
 * evidence link into the law view.
 */
@QuarkusTest
class ImpactBrowserTest extends BrowserPageTest {

  static final String OUTLINE = "政府は、架空通信事業者から通信に関する情報の提供を受けて、これを取得し、分析することができるものとする。\n"
      + "この取得の適正を確保するため、架空情報監理委員会を置く。";


  @Test
  void pasteAnOutlineAndFollowTheEvidence() {
    driver.get(url("/impact"));
    assertTrue(driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText().contains("影響分析"));
    WebElement box = driver.findElement(By.id("bill-text"));
    box.sendKeys(OUTLINE);
    driver.findElement(By.id("analyse")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-laws")));

    List<WebElement> laws = driver.findElements(By.cssSelector(".impact-law summary > a"));
    assertEquals("架空通信事業法", laws.get(0).getText());
    WebElement first = driver.findElements(By.cssSelector(".impact-law")).get(0);
    assertTrue(first.getText().contains("CONFLICT"), first.getText());
    assertTrue(first.getText().contains("侵してはならない"), "the evidence snippet shows the secrecy rule");
    List<String> marked = driver.findElements(By.cssSelector("#bill-highlighted mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.stream().anyMatch(t -> t.contains("架空情報監理委員会を置く")), marked.toString());
    // the pasted text stays in the box for the next revision
    assertTrue(driver.findElement(By.id("bill-text")).getAttribute("value").contains("架空情報監理委員会"));
    driver.executeScript("document.getElementById('impact-summary').scrollIntoView()");
    Browser.screenshot(driver, "impact-fixture.png", false);

    WebElement evidence = first.findElement(By.cssSelector(".evidence a"));
    String label = evidence.getText();
    evidence.click();
    wait.until(ExpectedConditions.urlContains("/laws/599AC0000000001"));
    assertTrue(driver.getCurrentUrl().contains("at=a4"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains("架空通信事業法"), label);
  }

  @Test
  void anEmptyBillIsRefusedOnThePage() {
    driver.get(url("/impact"));
    driver.findElement(By.id("analyse")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-error")));
    assertTrue(alert.getText().contains("empty"), alert.getText());
  }
}
