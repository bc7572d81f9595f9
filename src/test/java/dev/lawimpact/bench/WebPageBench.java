package dev.lawimpact.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web UI page latency (measures, never asserts): each page requested sequentially (one client)
 * against a running service, redirects not followed. Reports client wall time and the server's own
 * Server-Timing split (service calls vs template rendering), p50 / p95 / max, and the page size.
 *
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) dev.lawimpact.bench.WebPageBench \
 *       [--url http://127.0.0.1:18080] [--warmup 5] [--rounds 30]
 * </pre>
 * The pages: the search for 通信の秘密 and 個人情報, a citation query (answered with a redirect),
 * the law view of a median-sized law (水源地域対策特別措置法, 134 provisions), 日本国憲法, a
 * 90th-percentile law (関税暫定措置法), 電気通信事業法 (≈1 MB of HTML) with and without the
 * cited-by / concept-link panel, and the largest law, 会社法 (6,294 provisions).
 */
public final class WebPageBench {
  private WebPageBench() {}

  private static final Pattern TIMING = Pattern.compile("data;dur=([0-9.]+), render;dur=([0-9.]+)");

  record Page(String label, String path) {}

  static List<Page> pages() {
    return List.of(
        new Page("search 通信の秘密", "/search?q=" + enc("通信の秘密")),
        new Page("search 個人情報", "/search?q=" + enc("個人情報")),
        new Page("citation 電気通信事業法第四条 (303)", "/search?q=" + enc("電気通信事業法第四条")),
        new Page("law: 水源地域対策特別措置法 (median, 134 provisions)", "/laws/348AC0000000118"),
        new Page("law: 日本国憲法 (284 provisions)", "/laws/321CONSTITUTION"),
        new Page("law: 関税暫定措置法 (90th pct, 689 provisions)", "/laws/335AC0000000036"),
        new Page("law: 電気通信事業法 (1,927 provisions)", "/laws/359AC0000000086"),
        new Page("law: 電気通信事業法 ?at=a4 (panel)", "/laws/359AC0000000086?at=a4"),
        new Page("law: 会社法 (largest, 6,294 provisions)", "/laws/417AC0000000086"));
  }

  public static void main(String[] args) throws Exception {
    String url = "http://127.0.0.1:18080";
    int warmup = 5;
    int rounds = 30;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    System.out.printf("### Web UI pages, %s, %s, %d rounds after %d warm-up, 1 client%n%n", LocalDateTime.now().withNano(0),
        url, rounds, warmup);
    System.out.println("| page | status | HTML KB | wall p50 ms | wall p95 ms | wall max ms | server data p50 ms | server render p50 ms | server total p95 ms |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Page p : pages()) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(url + p.path())).header("Accept-Language", "ja").build();
      for (int i = 0; i < warmup; i++) http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      List<Double> wall = new ArrayList<>();
      List<Double> data = new ArrayList<>();
      List<Double> render = new ArrayList<>();
      List<Double> server = new ArrayList<>();
      int status = 0;
      int bytes = 0;
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        wall.add((System.nanoTime() - t0) / 1e6);
        status = r.statusCode();
        bytes = r.body().length;
        Matcher m = TIMING.matcher(r.headers().firstValue("Server-Timing").orElse(""));
        if (m.find()) {
          double d = Double.parseDouble(m.group(1));
          double rr = Double.parseDouble(m.group(2));
          data.add(d);
          render.add(rr);
          server.add(d + rr);
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %s | %s | %s |%n", p.label(), status, bytes / 1024.0,
          pct(wall, 50), pct(wall, 95), pct(wall, 100), fmt(data, 50), fmt(render, 50), fmt(server, 95));
    }
  }

  private static String fmt(List<Double> xs, int p) {
    return xs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", pct(xs, p));
  }

  private static double pct(List<Double> xs, int p) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
    return s.get(Math.max(0, Math.min(s.size() - 1, i)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
