package dev.lawimpact.api;

/** An RFC 9457 problem body: what went wrong, for people and programs. */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String MEDIA_TYPE = "application/problem+json";
}
