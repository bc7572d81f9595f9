package dev.lawimpact.web;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test over the fixture corpus shares: one Chromium per test class, a ready
 * index and no cookies before each test, URLs on the test server.
 */
abstract class BrowserPageTest {

  @TestHTTPResource("/")
  URL root;

  static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() {
    driver = Browser.start(1280, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) driver.quit();
    driver = null;
  }

  @BeforeEach
  void ready() {
    WebTestSupport.awaitReady();
    driver.manage().deleteAllCookies();
  }

  String url(String path) {
    return root.toString().replaceAll("/$", "") + path;
  }

  WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }
}
