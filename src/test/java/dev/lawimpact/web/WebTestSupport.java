package dev.lawimpact.web;

import dev.lawimpact.api.ApiTestSupportAccess;

/** Waits for the first index build of the fixture corpus, which runs in the background at start-up. */
final class WebTestSupport {
  private WebTestSupport() {}

  static void awaitReady() {
    ApiTestSupportAccess.awaitReady();
  }
}
