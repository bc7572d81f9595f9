package dev.lawimpact.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (paths explicit, so Selenium Manager
 * never runs or downloads). .ci/run installs chromium, chromium-driver and fonts-ipafont-gothic, so
 * CI always runs them; on a machine without them the browser tests are skipped, loudly (like the
 * corpus and PostgreSQL tests), so the README's test command still works on a fresh machine.
 */
final class Browser {
  private Browser() {}

  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";

  static ChromeDriver start(int width, int height) {
    if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
      String msg = "SKIPPED browser test: " + CHROMIUM + " and " + CHROMEDRIVER + " not found; "
          + "apt-get install chromium chromium-driver fonts-ipafont-gothic (.ci/run does)";
      System.err.println(msg);
      org.junit.jupiter.api.Assumptions.assumeTrue(false, msg);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--lang=ja", "--window-size=" + width + "," + height);
    // Headless Chromium sends Accept-Language en-US whatever --lang says; staff browsers ask for Japanese.
    o.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja,en"));
    return new ChromeDriver(service, o);
  }

  /** Saves a screenshot under target/screenshots, and also as docs/screenshots/{name} when docs is set. */
  static void screenshot(ChromeDriver driver, String name, boolean docs) {
    try {
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Path target = Path.of("target", "screenshots", name);
      Files.createDirectories(target.getParent());
      Files.write(target, png);
      if (docs) {
        Path doc = Path.of("docs", "screenshots", name);
        Files.createDirectories(doc.getParent());
        Files.write(doc, png);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assumeCorpus(Path root) {
    if (!Files.isDirectory(root.resolve("ja"))) {
      String msg = "SKIPPED corpus test: corpus not found at " + root.toAbsolutePath().normalize();
      System.err.println(msg);
      Assumptions.assumeTrue(false, msg);
    }
  }
}
