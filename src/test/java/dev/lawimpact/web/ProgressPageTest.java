package dev.lawimpact.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The page shown while the first index build runs. The fixture index builds in about a second, too
 * fast to catch reliably over HTTP, so the template is rendered here with a build in progress.
 */
@QuarkusTest
class ProgressPageTest {

  @Test
  void showsLawsDoneOfTotalAndRefreshes() {
    Frame frame = Frame.of(Lang.JA, null, Lang.JA.msg().progress_title(), "/search?q=x").refreshing(3);
    String html = Templates.progress(frame, new Templates.Progress(false, "building index", 812, 2013, 40))
        .setLocale(Lang.JA.locale()).render();
    assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"3\">"), html);
    assertTrue(html.contains("812 / 2013 法令"), html);
    assertTrue(html.contains("<progress id=\"progress-bar\" max=\"100\" value=\"40\""), html);
    assertTrue(html.contains("<h1>索引を作成しています</h1>"), html);
  }

  @Test
  void englishAndFailed() {
    Frame frame = Frame.of(Lang.EN, null, Lang.EN.msg().progress_failed(), "/").refreshing(30);
    String html = Templates.progress(frame, new Templates.Progress(true, "no corpus found: set lawimpact.corpus.locations", 0, 0, 0))
        .setLocale(Lang.EN.locale()).render();
    assertTrue(html.contains("<h1>The index is not available</h1>"), html);
    assertTrue(html.contains("no corpus found"), html);
    assertTrue(html.contains("<html lang=\"en\">"), html);
  }
}
