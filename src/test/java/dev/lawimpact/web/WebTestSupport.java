package dev.lawimpact.web;

import static io.restassured.RestAssured.given;

import java.time.Duration;

/** Waits for the first index build of the fixture corpus, which runs in the background at start-up. */
final class WebTestSupport {
  private WebTestSupport() {}

  static void awaitReady() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (given().get("/q/health/ready").statusCode() == 200) return;
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("index not ready within 60 s: " + given().get("/q/health/ready").asString());
  }
}
