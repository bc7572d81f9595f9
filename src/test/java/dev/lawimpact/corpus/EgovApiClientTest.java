package dev.lawimpact.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EgovApiClient against a local replay of e-Gov API v2 answers; never the real service. */
class EgovApiClientTest {

  static final byte[] LAW_XML = ReplayServer.resource("law.xml");

  ReplayServer server;
  EgovApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new ReplayServer();
    client = new EgovApiClient(EgovApiClient.Config.defaults()
        .withBaseUrl(URI.create(server.baseUrl() + "/"))
        .withRetry(3, Duration.ofMillis(10), Duration.ofMillis(40))
        .withMinInterval(Duration.ZERO)
        .withPageSize(2));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fetchDecodesBase64FullTextIntoLawXml() throws IOException {
    EgovApiClient.LawText law = client.fetchLaw("599AC0000000999");
    assertArrayEquals(LAW_XML, law.xml());
    assertEquals(new EgovApiClient.LawInfo("599AC0000000999", "Act", ReplayServer.LAW_NUM, "架空通信試験法",
        "599AC0000000999_21170401_000000000000000", "2117-04-01", "None"), law.info());
    ReplayServer.Request r = server.requests.get(0);
    assertEquals("/api/2/law_data/599AC0000000999", r.rawPath());
    assertEquals("response_format=json&law_full_text_format=xml", r.rawQuery());
    assertEquals(EgovApiClient.DEFAULT_USER_AGENT, r.userAgent());
  }

  @Test
  void lawNumbersArePercentEncodedAndXmlStringFullTextIsAccepted() throws IOException {
    byte[] xml = client.fetchLawXml(ReplayServer.LAW_NUM);
    assertEquals(new String(LAW_XML, StandardCharsets.UTF_8).strip(), new String(xml, StandardCharsets.UTF_8));
    assertEquals("/api/2/law_data/" + ReplayServer.LAW_NUM_ENCODED, server.requests.get(0).rawPath());
  }

  @Test
  void jsonTreeFullTextFallsBackToTheRawXmlFile() throws IOException {
    EgovApiClient.LawText law = client.fetchLaw("599AC0000000777");
    assertArrayEquals(LAW_XML, law.xml());
    assertEquals("599AC0000000777", law.info().lawId());
    assertEquals(List.of("/api/2/law_data/599AC0000000777", "/api/2/law_file/xml/599AC0000000777"),
        server.requests.stream().map(ReplayServer.Request::rawPath).toList());
  }

  @Test
  void errorBodyBecomesTypedExceptionWithoutRetry() {
    EgovApiException e = assertThrows(EgovApiException.class, () -> client.fetchLawXml("599AC0000000404"));
    assertEquals(404, e.httpStatus());
    assertEquals("404004", e.code());
    assertEquals("指定された法令本文は存在しません。", e.apiMessage());
    assertTrue(e.isNotFound());
    assertFalse(e.isRetryable());
    assertEquals(1, server.requests.size());
  }

  @Test
  void serverFailureIsRetriedThenSucceeds() throws IOException {
    assertArrayEquals(LAW_XML, client.fetchLawXml("599AC0000000500"));
    assertEquals(2L, server.countByPath().get("/api/2/law_data/599AC0000000500"));
  }

  @Test
  void persistentServerFailureGivesUpAfterMaxAttempts() {
    EgovApiException e = assertThrows(EgovApiException.class, () -> client.fetchLawXml("599AC0000000598"));
    assertEquals(500, e.httpStatus());
    assertEquals("500001", e.code());
    assertTrue(e.isRetryable());
    assertEquals(3, server.requests.size());
  }

  @Test
  void connectionFailuresAreRetriedBoundedly() {
    String base = server.baseUrl();
    server.close(); // nothing listens there any more
    EgovApiClient dead = new EgovApiClient(EgovApiClient.Config.defaults().withBaseUrl(URI.create(base))
        .withRetry(3, Duration.ofMillis(5), Duration.ofMillis(10)).withMinInterval(Duration.ZERO));
    long start = System.nanoTime();
    IOException e = assertThrows(IOException.class, () -> dead.fetchLawXml("599AC0000000999"));
    assertFalse(e instanceof EgovApiException);
    assertTrue(e.getMessage().contains("failed after 3 attempts") && e.getMessage().contains(base), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
  }

  @Test
  void listLawsFollowsNextOffset() throws IOException {
    List<EgovApiClient.LawInfo> laws = client.listLaws("Act", 0);
    assertEquals(List.of("599AC0000000001", "599AC0000000002", "599AC0000000999"),
        laws.stream().map(EgovApiClient.LawInfo::lawId).toList());
    assertEquals("架空第二法", laws.get(1).title());
    assertFalse(laws.get(1).inForce()); // repeal_status Repeal
    assertTrue(laws.get(0).inForce());
    assertEquals(List.of("law_type=Act&omit_current_revision_info=true&limit=2&offset=0",
            "law_type=Act&omit_current_revision_info=true&limit=2&offset=2"),
        server.requests.stream().map(ReplayServer.Request::rawQuery).toList());
  }

  @Test
  void listLawsStopsAtTheLimit() throws IOException {
    assertEquals(1, client.listLaws("Act,CabinetOrder", 1).size());
    assertEquals(List.of("law_type=Act,CabinetOrder&omit_current_revision_info=true&limit=1&offset=0"),
        server.requests.stream().map(ReplayServer.Request::rawQuery).toList());
  }

  @Test
  void apiSourceDeliversFetchedLawsAndReportsMissingOnes() throws IOException {
    EgovApiSource source = (EgovApiSource) CorpusLoader.open(
        "egov:" + server.baseUrl() + "?ids=599AC0000000999,599AC0000000404," + ReplayServer.LAW_NUM_ENCODED);
    Fixtures.Recorder r = new Fixtures.Recorder();
    CorpusLoader.Summary s = CorpusLoader.load(List.of(source), r);
    // the law number resolves to the same law id as the first one: kept once
    assertEquals(List.of("599AC0000000999"), r.ids());
    assertEquals("599AC0000000999_21170401_000000000000000.xml", r.entries.get(0).name());
    assertArrayEquals(LAW_XML, r.entries.get(0).content());
    assertEquals(1, s.shadowed());
    assertEquals(2, r.problems.size(), r.problems.toString());
    CorpusProblem p = r.problems.get(0);
    assertEquals("599AC0000000404", p.name());
    assertTrue(p.reason().contains("404004"), p.reason());
    assertTrue(r.problems.get(1).reason().contains("appears more than once"), r.problems.get(1).reason());
  }

  @ParameterizedTest
  @CsvSource({
      "321CONSTITUTION, false, 321CONSTITUTION",
      "a b/c, false, a%20b%2Fc",
      "'Act,Rule', true, 'Act,Rule'",
      "'Act,Rule', false, Act%2CRule",
      "昭和二十二年政令第十六号, false, %E6%98%AD%E5%92%8C%E4%BA%8C%E5%8D%81%E4%BA%8C%E5%B9%B4%E6%94%BF%E4%BB%A4%E7%AC%AC%E5%8D%81%E5%85%AD%E5%8F%B7",
  })
  void encodesPathSegmentsAndQueryValues(String raw, boolean query, String expected) {
    assertEquals(expected, EgovApiClient.encode(raw, query));
  }

  @Test
  void errorBodiesAreReadLoosely() {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    EgovApiException xml = EgovApiException.of(400,
        "<error_info><code>400043</code><message>不正</message></error_info>".getBytes(StandardCharsets.UTF_8), json);
    assertEquals("400043", xml.code());
    assertEquals("不正", xml.apiMessage());
    EgovApiException html = EgovApiException.of(502, "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8), json);
    assertEquals("", html.code());
    assertTrue(html.isRetryable());
    EgovApiException empty = EgovApiException.of(404, new byte[0], json);
    assertTrue(empty.isNotFound());
    assertEquals("empty body", empty.apiMessage());
  }
}
