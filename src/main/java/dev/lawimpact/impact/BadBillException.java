package dev.lawimpact.impact;

/** The bill cannot be analysed as given (empty, too large, unreadable); the message says why. */
public class BadBillException extends RuntimeException {
  private final boolean tooLarge;

  public BadBillException(String message, boolean tooLarge) {
    super(message);
    this.tooLarge = tooLarge;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
