package dev.lawimpact.corpus;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

/**
 * Client for the e-Gov law API v2 (https://laws.e-gov.go.jp/api/2, see docs in EGOV_API.md of the
 * shared folder). Sends one request at a time with a minimum spacing, retries server failures and
 * I/O errors with exponential backoff, and turns error bodies into {@link EgovApiException}.
 * Thread-safe; callers on several threads are serialised.
 */
public final class EgovApiClient {

  private static final Logger LOG = Logger.getLogger(EgovApiClient.class);

  public static final URI DEFAULT_BASE_URL = URI.create("https://laws.e-gov.go.jp/api/2");
  public static final String DEFAULT_USER_AGENT =
      "statute-impact-analyser/0.1 (dev.lawimpact corpus importer; Java HttpClient)";

  /**
   * Client settings. {@code minInterval} spaces consecutive requests (e-Gov documents no rate
   * limit; a few requests per second is polite). Backoff doubles from {@code initialBackoff} up to
   * {@code maxBackoff} between at most {@code maxAttempts} tries.
   */
  public record Config(URI baseUrl, String userAgent, Duration connectTimeout, Duration requestTimeout,
             int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration minInterval,
             int pageSize) {

    public Config {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String base = baseUrl.toString();
      if (base.endsWith("/")) baseUrl = URI.create(base.substring(0, base.length() - 1));
      if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
      if (pageSize < 1) throw new IllegalArgumentException("pageSize must be >= 1");
    }

    public static Config defaults() {
      return new Config(DEFAULT_BASE_URL, DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(120),
          5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMillis(300), 500);
    }

    public Config withBaseUrl(URI url) {
      return new Config(url, userAgent, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
          maxBackoff, minInterval, pageSize);
    }

    public Config withRetry(int attempts, Duration initial, Duration max) {
      return new Config(baseUrl, userAgent, connectTimeout, requestTimeout, attempts, initial, max,
          minInterval, pageSize);
    }

    public Config withMinInterval(Duration interval) {
      return new Config(baseUrl, userAgent, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
          maxBackoff, interval, pageSize);
    }

    public Config withPageSize(int size) {
      return new Config(baseUrl, userAgent, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
          maxBackoff, minInterval, size);
    }
  }

  /**
   * Metadata of one law from {@code law_info} and {@code revision_info}; fields are null when the
   * API omits them. {@code repealStatus} is e-Gov's string ({@code None}, {@code Repeal}, …).
   */
  public record LawInfo(String lawId, String lawType, String lawNum, String title, String revisionId,
             String promulgationDate, String repealStatus) {

    /**
     * Not repealed, expired or lost effect, per e-Gov's classification (a boolean repeal_status,
     * seen in spec examples, arrives as "true"/"false").
     */
    public boolean inForce() {
      return repealStatus == null || !List.of("Repeal", "Expire", "LossOfEffectiveness", "true").contains(repealStatus);
    }

    static LawInfo of(JsonNode lawInfo, JsonNode revisionInfo) {
      return new LawInfo(text(lawInfo, "law_id"), text(lawInfo, "law_type"), text(lawInfo, "law_num"),
          text(revisionInfo, "law_title"), text(revisionInfo, "law_revision_id"),
          text(lawInfo, "promulgation_date"), text(revisionInfo, "repeal_status"));
    }
  }

  /** A law's text as standard law XML (bytes as served) with its metadata. */
  public record LawText(LawInfo info, byte[] xml) {
  }

  private final Config config;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private long lastRequestNanos;

  public EgovApiClient() {
    this(Config.defaults());
  }

  public EgovApiClient(Config config) {
    this.config = config;
    this.http = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public Config config() {
    return config;
  }

  /** Standard law XML ({@code <Law …>}) of the current revision of a law id, law number or revision id. */
  public byte[] fetchLawXml(String lawIdOrNum) throws IOException {
    return fetchLaw(lawIdOrNum).xml();
  }

  /**
   * Law text and metadata via {@code /law_data/{id}?response_format=json&law_full_text_format=xml}:
   * the formats differ, so {@code law_full_text} is Base64 of the XML (a plain XML string is
   * accepted too). If the API sends anything else there, falls back to {@code /law_file/xml/{id}}.
   */
  public LawText fetchLaw(String lawIdOrNum) throws IOException {
    String segment = encode(lawIdOrNum, false);
    JsonNode root = readJson(get("/law_data/" + segment, "response_format=json&law_full_text_format=xml"));
    if (!root.has("law_full_text") && (root.has("code") || root.has("message")))
      throw new EgovApiException(200, root.path("code").asText(""), root.path("message").asText(""));
    LawInfo info = LawInfo.of(root.path("law_info"), root.path("revision_info"));
    byte[] xml = decodeFullText(root.get("law_full_text"));
    if (xml == null) {
      LOG.debugf("law_full_text of %s is not XML text; fetching /law_file/xml", lawIdOrNum);
      xml = get("/law_file/xml/" + segment, null);
      if (!looksLikeXml(xml)) throw new IOException("e-Gov API returned no law XML for " + lawIdOrNum);
    }
    return new LawText(info, xml);
  }

  /**
   * Laws of a type ({@code Act}, {@code CabinetOrder}, … or comma-separated; null for all), from
   * {@code /laws}, following {@code next_offset}. Includes repealed laws (see {@link LawInfo#inForce}).
   *
   * @param limit maximum number of laws to return; 0 or less for all
   */
  public List<LawInfo> listLaws(String lawType, int limit) throws IOException {
    List<LawInfo> laws = new ArrayList<>();
    long offset = 0;
    while (limit <= 0 || laws.size() < limit) {
      int page = limit <= 0 ? config.pageSize() : Math.min(config.pageSize(), limit - laws.size());
      StringBuilder query = new StringBuilder();
      if (lawType != null && !lawType.isBlank()) query.append("law_type=").append(encode(lawType, true)).append('&');
      query.append("omit_current_revision_info=true&limit=").append(page).append("&offset=").append(offset);
      JsonNode root = readJson(get("/laws", query.toString()));
      JsonNode items = root.path("laws");
      if (!items.isArray()) {
        if (root.has("code")) throw new EgovApiException(200, root.path("code").asText(""), root.path("message").asText(""));
        throw new IOException("e-Gov /laws answer has no 'laws' array");
      }
      for (JsonNode item : items) {
        if (limit > 0 && laws.size() >= limit) break;
        laws.add(LawInfo.of(item.path("law_info"), item.path("revision_info")));
      }
      JsonNode next = root.get("next_offset");
      // Stop on the last page, and never loop on a server that does not advance.
      if (items.isEmpty() || next == null || next.isNull() || next.asLong(-1) <= offset) break;
      offset = next.asLong();
    }
    return laws;
  }

  /** GET base+path?query with pacing and retries; returns the 200 body or throws. */
  private byte[] get(String path, String query) throws IOException {
    URI uri = URI.create(config.baseUrl() + path + (query == null ? "" : "?" + query));
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(config.requestTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", "application/json, application/xml;q=0.9, */*;q=0.5")
        .GET().build();
    oneAtATime.lock();
    try {
      IOException failure = null;
      for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
        Duration wait = backoff(attempt);
        try {
          pace();
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          lastRequestNanos = System.nanoTime();
          if (response.statusCode() == 200) return response.body();
          EgovApiException error = EgovApiException.of(response.statusCode(), response.body(), json);
          if (!error.isRetryable()) throw error;
          failure = error;
          wait = retryAfter(response, wait);
        } catch (EgovApiException e) {
          throw e;
        } catch (IOException e) {
          lastRequestNanos = System.nanoTime();
          failure = e;
        }
        if (attempt < config.maxAttempts()) {
          LOG.debugf("GET %s failed (%s); retry %d in %d ms", uri, failure.getMessage(), attempt, wait.toMillis());
          sleep(wait);
        }
      }
      if (failure instanceof EgovApiException) throw failure;
      throw new IOException("GET " + uri + " failed after " + config.maxAttempts() + " attempts: "
          + LawFiles.describe(failure), failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while calling " + uri);
    } finally {
      oneAtATime.unlock();
    }
  }

  private Duration backoff(int attempt) {
    Duration d = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
  }

  /** Honours a Retry-After in seconds, within maxBackoff. */
  private Duration retryAfter(HttpResponse<?> response, Duration fallback) {
    return response.headers().firstValue("Retry-After").map(v -> {
      try {
        Duration d = Duration.ofSeconds(Long.parseLong(v.trim()));
        return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
      } catch (NumberFormatException e) {
        return fallback;
      }
    }).orElse(fallback);
  }

  private void pace() throws InterruptedException {
    if (lastRequestNanos == 0) return;
    long due = lastRequestNanos + config.minInterval().toNanos() - System.nanoTime();
    if (due > 0) sleep(Duration.ofNanos(due));
  }

  private static void sleep(Duration d) throws InterruptedException {
    if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
  }

  private JsonNode readJson(byte[] body) throws IOException {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new IOException("e-Gov API answer is not JSON: " + e.getMessage(), e);
    }
  }

  /** law_full_text as XML bytes: Base64 of the XML, or the XML itself; null when neither. */
  private static byte[] decodeFullText(JsonNode text) {
    if (text == null || !text.isTextual()) return null;
    String s = text.asText();
    String trimmed = s.strip();
    if (trimmed.startsWith("<") || trimmed.startsWith("\uFEFF<")) return trimmed.getBytes(StandardCharsets.UTF_8);
    try {
      byte[] decoded = Base64.getMimeDecoder().decode(trimmed);
      return looksLikeXml(decoded) ? decoded : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** First non-blank character (after an optional UTF-8 BOM) is '<'. */
  static boolean looksLikeXml(byte[] bytes) {
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) i++;
    return i < bytes.length && bytes[i] == '<';
  }

  /**
   * Percent-encodes UTF-8 for a path segment or query value (law numbers are Japanese). Unlike
   * URLEncoder, a space becomes %20, not '+'. In query values commas stay literal because e-Gov
   * takes multi-value parameters as {@code law_type=Act,Rule}.
   */
  static String encode(String value, boolean queryValue) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || (queryValue && c == ',')) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
