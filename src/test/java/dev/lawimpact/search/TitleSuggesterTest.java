package dev.lawimpact.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edit distance with early exit, as used for "did you mean". */
class TitleSuggesterTest {

  @ParameterizedTest
  @CsvSource({
      "電気通信事業法, 電気通信事業法, 0",
      "電気通信事業方, 電気通信事業法, 1",
      "電気通信事法, 電気通信事業法, 1",
      "電気通信事業者法, 電気通信事業法, 1",
      "電波法, 電気通信事業法, 5",
      "憲法, 日本国憲法, 3",
  })
  void distance(String a, String b, int d) {
    assertEquals(d, TitleSuggester.distance(a, b, 5));
  }

  @Test
  void anythingAboveTheLimitIsJustAboveIt() {
    // Early exit: the caller only asks "within the limit?", so the exact distance is not computed.
    assertEquals(2, TitleSuggester.distance("電気通信事業法", "刑法", 1));
    org.junit.jupiter.api.Assertions.assertTrue(TitleSuggester.distance("電波法", "電気通信事業法", 2) > 2);
  }
}
