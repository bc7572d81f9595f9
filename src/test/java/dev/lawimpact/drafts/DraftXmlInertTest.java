package dev.lawimpact.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When an analysis reads a draft's XML it goes through {@link EgovXmlReader} (jsoup's XML parser):
 * DTD entities are not expanded and external entities are not fetched, so a bomb stays small and
 * an XXE payload reads no file. The time limit only guards against a hang.
 */
class DraftXmlInertTest {

  static String law(String doctype, String title) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
        + "<Law Era=\"Reiwa\" Lang=\"ja\" LawType=\"Act\" Num=\"7\" Year=\"99\"><LawNum>令和九十九年法律第七号</LawNum>"
        + "<LawBody><LawTitle>" + title + "</LawTitle><MainProvision><Article Num=\"1\">"
        + "<ArticleTitle>第一条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence>"
        + "<Sentence>" + title + "を定める。</Sentence></ParagraphSentence></Paragraph></Article></MainProvision>"
        + "</LawBody></Law>\n";
  }

  static Stream<Arguments> payloads() {
    StringBuilder bomb = new StringBuilder("<!DOCTYPE Law [<!ENTITY a \"aaaaaaaaaa\">");
    String prev = "a";
    for (int i = 1; i <= 9; i++) {
      bomb.append("<!ENTITY a").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
      prev = "a" + i;
    }
    bomb.append("]>");
    return Stream.of(
        Arguments.of("billion laughs", law(bomb.toString(), "&a9;")),
        Arguments.of("external file", law("<!DOCTYPE Law [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")),
        Arguments.of("external url", law("<!DOCTYPE Law [<!ENTITY x SYSTEM \"http://127.0.0.1:9/leak\">]>", "&x;")),
        Arguments.of("parameter entity", law("<!DOCTYPE Law [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>", "題名")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void entitiesStayInert(String name, String xml) {
    ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> new EgovXmlReader().read("599AC0000000007", "draft", xml.getBytes(StandardCharsets.UTF_8)));
    String all = r.toString();
    assertFalse(all.contains("aaaaaaaaaaaaaaaaaaaa"), "an entity was expanded");
    assertFalse(all.contains("root:"), "/etc/passwd was read");
    assertTrue(all.length() < 20 * xml.length() + 10_000, "the result grew to " + all.length() + " characters");
    r.lawIfRead().ifPresent(law -> assertEquals("599AC0000000007", law.meta().lawId().toString()));
  }
}
