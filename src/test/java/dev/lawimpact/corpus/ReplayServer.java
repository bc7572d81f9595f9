package dev.lawimpact.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Local stand-in for the e-Gov API v2 on 127.0.0.1 (random port), answering with stored
 * responses from src/test/resources/corpus/egov-replay/. Records every request it gets.
 */
final class ReplayServer implements AutoCloseable {

  static final String LAW_NUM = "令和九十九年法律第九百九十九号";
  /** UTF-8 percent-encoding of {@link #LAW_NUM}, as it must appear on the wire. */
  static final String LAW_NUM_ENCODED = "%E4%BB%A4%E5%92%8C%E4%B9%9D%E5%8D%81%E4%B9%9D%E5%B9%B4%E6%B3%95%E5%BE%8B"
      + "%E7%AC%AC%E4%B9%9D%E7%99%BE%E4%B9%9D%E5%8D%81%E4%B9%9D%E5%8F%B7";

  /** One request as received: raw path and query, and the User-Agent header. */
  record Request(String rawPath, String rawQuery, String userAgent) {
  }

  private final HttpServer server;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger flakyCalls = new AtomicInteger();

  ReplayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/2/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/2";
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath().substring("/api/2".length());
    String query = ex.getRequestURI().getRawQuery();
    requests.add(new Request(ex.getRequestURI().getRawPath(), query, ex.getRequestHeaders().getFirst("User-Agent")));
    switch (path) {
      case "/laws" -> reply(ex, 200, query.contains("offset=2") ? "laws-offset-2.json" : "laws-offset-0.json");
      case "/law_data/599AC0000000999" -> reply(ex, 200, "law_data-base64.json");
      case "/law_data/" + LAW_NUM_ENCODED -> reply(ex, 200, "law_data-xml-string.json");
      case "/law_data/599AC0000000777" -> reply(ex, 200, "law_data-json-tree.json");
      case "/law_file/xml/599AC0000000777" -> reply(ex, 200, "law.xml");
      // fails once with e-Gov's server error, then answers: proves the retry
      case "/law_data/599AC0000000500" -> {
        if (flakyCalls.getAndIncrement() == 0) reply(ex, 500, "error-500001.json");
        else reply(ex, 200, "law_data-base64.json");
      }
      case "/law_data/599AC0000000598" -> reply(ex, 500, "error-500001.json");
      default -> reply(ex, 404, "error-404004.json");
    }
  }

  private static void reply(HttpExchange ex, int status, String resource) throws IOException {
    byte[] body = resource(resource);
    ex.getResponseHeaders().set("Content-Type", resource.endsWith(".xml") ? "application/xml" : "application/json");
    ex.sendResponseHeaders(status, body.length);
    try (var out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = ReplayServer.class.getResourceAsStream("/corpus/egov-replay/" + name)) {
      if (in == null) throw new IllegalStateException("missing test resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Long> countByPath() {
    return requests.stream().collect(java.util.stream.Collectors.groupingBy(Request::rawPath, java.util.stream.Collectors.counting()));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
