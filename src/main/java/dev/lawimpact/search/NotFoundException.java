package dev.lawimpact.search;

/** An unknown law or provision; the REST edge maps it to 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
