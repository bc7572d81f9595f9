package dev.lawimpact.api;

/** Lets tests in other packages wait for the fixture index like the API tests do. */
public final class ApiTestSupportAccess {
  private ApiTestSupportAccess() {}

  public static void awaitReady() {
    ApiTestSupport.awaitReady();
  }
}
