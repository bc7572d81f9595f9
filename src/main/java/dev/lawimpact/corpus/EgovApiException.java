package dev.lawimpact.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An error answer of the e-Gov API v2: body {@code {"code":"404004","message":"…"}} (or the XML
 * {@code <error_info>} form). Branch on {@link #code()}: e-Gov's codes are more precise than the
 * HTTP status (404003 comes with HTTP 400). Extends IOException so callers handle transport and API
 * failures in one place.
 */
public final class EgovApiException extends IOException {

  private static final Pattern XML_CODE = Pattern.compile("<code>\\s*([^<]*?)\\s*</code>");
  private static final Pattern XML_MESSAGE = Pattern.compile("<message>\\s*([^<]*?)\\s*</message>");

  private final int httpStatus;
  private final String code;
  private final String apiMessage;

  public EgovApiException(int httpStatus, String code, String message) {
    super("e-Gov API error " + (code == null || code.isEmpty() ? "(no code)" : code)
        + " (HTTP " + httpStatus + "): " + message);
    this.httpStatus = httpStatus;
    this.code = code == null ? "" : code;
    this.apiMessage = message == null ? "" : message;
  }

  /** HTTP status of the answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** e-Gov error code, e.g. {@code 404004}; empty when the body carried none. */
  public String code() {
    return code;
  }

  /** e-Gov's message text (Japanese), or a body excerpt when the body was not an error document. */
  public String apiMessage() {
    return apiMessage;
  }

  /** No such law, revision or attachment (codes 404xxx, whatever the HTTP status). */
  public boolean isNotFound() {
    return code.startsWith("404") || (code.isEmpty() && httpStatus == 404);
  }

  /** Worth retrying: a server-side failure (5xx / 500xxx) or throttling (429). */
  public boolean isRetryable() {
    return httpStatus >= 500 || httpStatus == 429 || code.startsWith("5");
  }

  /** Builds the exception from an error answer, reading its JSON or XML error body loosely. */
  static EgovApiException of(int status, byte[] body, ObjectMapper json) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{")) {
      try {
        JsonNode node = json.readTree(text);
        if (node.hasNonNull("code") || node.hasNonNull("message"))
          return new EgovApiException(status, node.path("code").asText(""), node.path("message").asText(""));
      } catch (IOException ignored) {
        // not JSON after all: fall through to the excerpt
      }
    } else if (text.startsWith("<")) {
      Matcher c = XML_CODE.matcher(text), m = XML_MESSAGE.matcher(text);
      if (c.find()) return new EgovApiException(status, c.group(1), m.find() ? m.group(1) : "");
    }
    String excerpt = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    return new EgovApiException(status, "", excerpt.isEmpty() ? "empty body" : excerpt);
  }
}
