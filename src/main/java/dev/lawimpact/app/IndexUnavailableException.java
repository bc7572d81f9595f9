package dev.lawimpact.app;

/** No index is open yet (first build still running, or it failed); the REST edge answers 503. */
public class IndexUnavailableException extends RuntimeException {
  public IndexUnavailableException() {
    super("the statute index is not ready yet (first build in progress or failed); see GET /api/index", null, false, false);
  }
}
