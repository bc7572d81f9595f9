package dev.lawimpact.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI's main flows in a real browser over the fictional fixture corpus (架空通信事業法 plays
 * 電気通信事业法): search, jump to a cited provision, follow cited-by and cross-reference links,
 * switch the language, use the keyboard. Assertions are on what a person sees.
 */
@QuarkusTest
class BrowserTest extends BrowserPageTest {

  private void search(String q) {
    driver.get(url("/"));
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(q);
    box.sendKeys(Keys.ENTER);
  }

  @Test
  void searchShowsHitsGroupedByLawWithHighlights() {
    search("通信の秘密");
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("count")));
    assertTrue(driver.getTitle().startsWith("通信の秘密"), driver.getTitle());
    assertEquals("4 件 1〜4 件目を表示", driver.findElement(By.id("count")).getText());
    List<String> laws = driver.findElements(By.cssSelector(".law-group h3 a")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("架空通信事業法", "架空無線通信法", "架空通信事業法施行令"), laws);
    WebElement first = driver.findElement(By.cssSelector(".law-group .hit"));
    assertTrue(first.getText().contains("架空通信事業者の取扱中に係る通信の秘密は、侵してはならない。"), first.getText());
    List<String> marks = first.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marks.contains("通信の秘密"), marks.toString());
    Browser.screenshot(driver, "search-fixture.png", false);

    // Facets: narrow to the cabinet order, then clear.
    driver.findElement(By.linkText("政令")).click();
    await().until(ExpectedConditions.textToBe(By.id("count"), "1 件 1〜1 件目を表示"));
    assertEquals("架空通信事業法施行令", driver.findElement(By.cssSelector(".law-group h3 a")).getText());
    driver.findElement(By.id("clear-filters")).click();
    await().until(ExpectedConditions.textToBe(By.id("count"), "4 件 1〜4 件目を表示"));

    // A hit opens the law view at that provision.
    driver.findElement(By.linkText("第四条第一項")).click();
    await().until(ExpectedConditions.urlContains("/laws/599AC0000000001"));
    assertTrue(driver.getCurrentUrl().endsWith("#a4-p1"), driver.getCurrentUrl());
    assertEquals("架空通信事業法", driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void citationJumpsToTheProvisionAndCitedByLinksWork() {
    search("架空通信事業法第四条");
    await().until(ExpectedConditions.urlContains("/laws/599AC0000000001"));
    assertTrue(driver.getCurrentUrl().endsWith("?at=a4#a4"), driver.getCurrentUrl());
    assertEquals("架空通信事業法", driver.findElement(By.id("law-title")).getText());
    assertEquals("令和九十九年法律第一号", driver.findElement(By.id("law-num")).getText());
    WebElement art = driver.findElement(By.id("a4"));
    assertTrue(art.getAttribute("class").contains("selected"));
    assertTrue(isInViewport(art), "the cited article is scrolled into view");
    assertEquals("第四条　架空通信事業者の取扱中に係る通信の秘密は、侵してはならない。", driver.findElement(By.id("a4-p1")).getText());

    // The panel: who cites 第四条 (架空通信事業法第五条 cites 第四条第一項), and concept links.
    assertEquals("架空通信事業法 第四条 （秘密の保護）", driver.findElement(By.cssSelector("#selection .sel-label")).getText());
    assertEquals("引用元（1 件）", driver.findElement(By.id("cited-by-h")).getText());
    WebElement citedBy = driver.findElement(By.cssSelector("#cited-by a"));
    assertEquals("架空通信事業法 第五条第一項", citedBy.getText());
    assertTrue(driver.findElement(By.id("concepts")).getText().contains("架空無線通信法 第一条"));
    Browser.screenshot(driver, "law-fixture.png", false);

    // Following the cited-by link lands on the citing paragraph, which says 第四条第一項 as a link back.
    citedBy.click();
    await().until(ExpectedConditions.urlContains("#a5-p1"));
    WebElement citing = driver.findElement(By.id("a5-p1"));
    assertTrue(isInViewport(citing));
    WebElement back = citing.findElement(By.cssSelector("a.ref"));
    assertEquals("第四条第一項", back.getText());
    back.click();
    await().until(ExpectedConditions.urlContains("#a4-p1"));

    // 前条 in 第六条 links to 第五条.
    WebElement mae = driver.findElement(By.cssSelector("#a6-p1 a.ref"));
    assertEquals("前条", mae.getText());
    mae.click();
    await().until(ExpectedConditions.urlContains("#a5"));
  }

  @Test
  void citedByLinkToAnotherLaw() {
    driver.get(url("/laws/599AC0000000001"));
    // Select 第二条 through its heading link (no JavaScript involved).
    driver.findElement(By.cssSelector("#a2 a.select")).click();
    await().until(ExpectedConditions.urlContains("at=a2"));
    WebElement link = driver.findElement(By.cssSelector("#cited-by a"));
    assertEquals("架空通信事業法施行令 第一項", link.getText());
    assertEquals("架空通信事業法第二条第二号ロ", driver.findElement(By.cssSelector("#cited-by q")).getText());
    link.click();
    await().until(ExpectedConditions.urlContains("/laws/599CO0000000001"));
    assertEquals("架空通信事業法施行令", driver.findElement(By.id("law-title")).getText());
    // The cabinet order's reference back to the Act is a link to the subitem it cites.
    WebElement ref = driver.findElement(By.cssSelector("#p1 a.ref"));
    assertEquals("架空通信事業法第二条第二号ロ", ref.getText());
    ref.click();
    await().until(ExpectedConditions.urlContains("/laws/599AC0000000001?at=a2-p1-i2-s2#a2-p1-i2-s2"));
    assertEquals("ロ　その他政令で定める者", driver.findElement(By.id("a2-p1-i2-s2")).getText());
  }

  @Test
  void tableOfContentsAndAmendmentHistory() {
    driver.get(url("/laws/599AC0000000001"));
    List<String> toc = driver.findElements(By.cssSelector(".toc a")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("第一章　総則", "第二章　罰則", "附則", "附則（令和一〇〇年五月一日法律第三号）", "別表第一"), toc);
    driver.findElement(By.linkText("第二章　罰則")).click();
    await().until(ExpectedConditions.urlContains("#a5"));
    assertTrue(isInViewport(driver.findElement(By.id("a5"))));
    WebElement history = driver.findElement(By.cssSelector("#history a"));
    assertEquals("令和一〇〇年五月一日法律第三号", history.getText());
    history.click();
    await().until(ExpectedConditions.urlContains("#sp.2"));
    assertEquals("附則（令和一〇〇年五月一日法律第三号）", driver.findElement(By.id("sp.2")).getText());
  }

  @Test
  void didYouMeanForANearMissTitle() {
    search("架空通信事業方第四条");
    WebElement dym = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("did-you-mean")));
    assertTrue(dym.getText().startsWith("もしかして："), dym.getText());
    dym.findElement(By.linkText("架空通信事業法第四条")).click();
    await().until(ExpectedConditions.urlContains("/laws/599AC0000000001?at=a4#a4"));
  }

  @Test
  void languageSwitchChangesLabelsNotStatuteText() {
    driver.get(url("/laws/599AC0000000001?at=a4"));
    assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
    driver.findElement(By.id("lang-switch")).click();
    await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertTrue(driver.getCurrentUrl().contains("/laws/599AC0000000001?at=a4"), driver.getCurrentUrl());
    assertEquals("Cited by (1)", driver.findElement(By.id("cited-by-h")).getText());
    assertEquals("Contents", driver.findElement(By.id("toc-h")).getText());
    assertEquals("第四条　架空通信事業者の取扱中に係る通信の秘密は、侵してはならない。", driver.findElement(By.id("a4-p1")).getText());
    // The choice sticks (cookie) on the next page.
    driver.get(url("/"));
    assertEquals("Statute search", driver.findElement(By.tagName("h1")).getText());
    driver.findElement(By.id("lang-switch")).click();
    await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
    assertEquals("法令検索", driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void keyboardSkipLinkAndLabelledSearchBox() {
    driver.get(url("/"));
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = driver.switchTo().activeElement();
    assertEquals("本文へ移動", skip.getText());
    assertTrue(skip.isDisplayed(), "the skip link becomes visible when focused");
    skip.sendKeys(Keys.ENTER);
    await().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    // The search box has a visible label tied to it and a hint.
    WebElement label = driver.findElement(By.cssSelector("label[for=q]"));
    assertEquals("キーワード・語句・条文の引用", label.getText());
    label.click();
    assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));
    String outline = driver.switchTo().activeElement().getCssValue("outline-style");
    assertFalse("none".equals(outline), "focused input shows a focus outline");
  }

  /** WCAG 2.1 AA: text contrast at least 4.5:1 against the background it is drawn on. */
  @Test
  void textContrastMeetsWcagAA() {
    driver.get(url("/search?q=" + java.net.URLEncoder.encode("通信の秘密", java.nio.charset.StandardCharsets.UTF_8)));
    List<String> selectors = List.of("h1", "label", ".hint", ".site-header a", "#go", ".count", ".showing", ".law-num",
        ".hit-label", ".snippet", "mark", ".facet a", ".facet .n", ".site-footer p");
    assertContrast(selectors);
    driver.get(url("/laws/599AC0000000001?at=a4"));
    assertContrast(List.of("#law-title", ".meta dt", ".toc a", ".article-head .caption", ".selected p", "a.ref", "a.select",
        "#cited-by a", ".evidence", ".confidence"));
  }

  private void assertContrast(List<String> selectors) {
    String js = """
        function lum(c) {
          const m = c.match(/[\\d.]+/g).map(Number);
          const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]);
        }
        function bg(e) {
          for (; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            const m = c.match(/[\\d.]+/g).map(Number);
            if (m.length < 4 || m[3] > 0) return c;
          }
          return 'rgb(255, 255, 255)';
        }
        const out = [];
        for (const sel of arguments[0]) {
          const els = document.querySelectorAll(sel);
          if (els.length === 0) { out.push(sel + ': missing'); continue; }
          for (const e of els) {
            const a = lum(getComputedStyle(e).color), b = lum(bg(e));
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) out.push(sel + ': ' + ratio.toFixed(2));
          }
        }
        return out;
        """;
    Object problems = driver.executeScript(js, selectors);
    assertEquals(List.of(), problems, "elements below 4.5:1 (or missing)");
  }

  /** Printing leaves out the header, search form and facets and keeps the statute text. */
  @Test
  void printStylesheetKeepsOnlyTheContent() {
    driver.get(url("/laws/599AC0000000001?at=a4"));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed());
      assertFalse(driver.findElement(By.cssSelector(".toc")).isDisplayed());
      assertTrue(driver.findElement(By.id("a4-p1")).isDisplayed());
      assertTrue(driver.findElement(By.id("cited-by")).isDisplayed());
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }

  @Test
  void unknownLawIsAFriendlyPage() {
    driver.get(url("/laws/599AC0000000077"));
    assertEquals("ページが見つかりません", driver.findElement(By.id("error-title")).getText());
    assertTrue(driver.findElement(By.id("error-detail")).getText().contains("599AC0000000077"));
    driver.findElement(By.linkText("検索に戻る")).click();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
  }

  private static boolean isInViewport(WebElement e) {
    Object r = driver.executeScript("const b = arguments[0].getBoundingClientRect();"
        + " return [b.top, window.innerHeight];", e);
    List<?> v = (List<?>) r;
    double top = ((Number) v.get(0)).doubleValue();
    // Fragment scrolling puts the element at the top, give or take sub-pixel rounding.
    return top > -2 && top < ((Number) v.get(1)).doubleValue();
  }
}
