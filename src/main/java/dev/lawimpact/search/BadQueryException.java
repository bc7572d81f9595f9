package dev.lawimpact.search;

/** A query or parameter the user gave that cannot be run; the REST edge maps it to 400. */
public class BadQueryException extends RuntimeException {
  public BadQueryException(String message) {
    super(message);
  }
}
