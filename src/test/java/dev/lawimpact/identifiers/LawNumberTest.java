package dev.lawimpact.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LawNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // text, era, year, kind, number, key
      "平成十一年法律第百二十八号, HEISEI, 11, 法律, 128, H11L128",
      "昭和二十一年憲法, SHOWA, 21, 憲法, 0, S21K0",
      "令和元年法律第一号, REIWA, 1, 法律, 1, R1L1",
      "平成元年政令第一号, HEISEI, 1, 政令, 1, H1C1",
      "昭和五十九年法律第八十六号, SHOWA, 59, 法律, 86, S59L86",
      "平成十二年総理府・郵政省令第一号, HEISEI, 12, 総理府・郵政省令, 1, H12M1",
      "明治二十九年法律第八十九号, MEIJI, 29, 法律, 89, M29L89",
      "大正十二年勅令第五百二十九号, TAISHO, 12, 勅令, 529, T12I529",
      "昭和六十年郵政省令第二十五号, SHOWA, 60, 郵政省令, 25, S60M25",
      "平成十二年内閣府令第一号, HEISEI, 12, 内閣府令, 1, H12M1",
      "昭和二十七年人事院規則第八号, SHOWA, 27, 人事院規則, 8, S27R8",
      "明治十年太政官布告第三十二号, MEIJI, 10, 太政官布告, 32, M10O32",
      "令和五年法律第千号, REIWA, 5, 法律, 1000, R5L1000",
  })
  void parsesAndFormatsCanonicalLawNumbers(String text, Era era, int year, String kind, int number, String key) {
    LawNumber n = LawNumber.parse(text).orElseThrow();
    assertEquals(new LawNumber(era, year, kind, number), n);
    assertEquals(text, n.format());
    assertEquals(text, n.toString());
    assertEquals(key, n.key());
    assertEquals(Optional.of(n), LawNumber.parse(n.format()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // e-Gov AmendLawNum: positional digits and the promulgation date
      "平成一三年一一月一六日法律第一二一号, 平成十三年法律第百二十一号, H13L121",
      "令和元年五月三一日法律第一六号, 令和元年法律第十六号, R1L16",
      "昭和六二年六月二日法律第五七号, 昭和六十二年法律第五十七号, S62L57",
      "平成一一年一二月二二日法律第一六〇号, 平成十一年法律第百六十号, H11L160",
      "平成二〇年五月二日法律第二六号, 平成二十年法律第二十六号, H20L26",
      "令和四年六月一七日法律第六八号, 令和四年法律第六十八号, R4L68",
      "平成一二年一一月一七日政令第四八二号, 平成十二年政令第四百八十二号, H12C482",
      // surrounding spaces are not part of the number
      " 平成十一年法律第百二十八号　, 平成十一年法律第百二十八号, H11L128",
      // full-width digits
      "平成１１年法律第１２８号, 平成十一年法律第百二十八号, H11L128",
  })
  void readsEgovAmendLawNumSpellings(String text, String canonical, String key) {
    LawNumber n = LawNumber.parse(text).orElseThrow();
    assertEquals(canonical, n.format());
    assertEquals(key, n.key());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "人事院規則一―三四",                     // numbered by series, not by era
      "平成十一年法律第百二十八",                // no 号
      "平成十一年第百二十八号",                  // no kind
      "平成一六年五月一九日法律第□四七号",        // a defect seen in e-Gov data
      "平成〇年法律第一号",                      // year 0
      "平成百年法律第一号",                      // no era lasts a hundred years
      "平成十一年法律第〇号",                    // number 0 written out
      "平成十一年法律第十十号",
      "天平十一年法律第一号",
      "平成十一年",
      "法律第百二十八号",
      "garbage",
  })
  void rejectsWhatIsNotALawNumber(String text) {
    assertEquals(Optional.empty(), LawNumber.parse(text));
  }

  @Test
  void constructorRejectsImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new LawNumber(null, 1, "法律", 1));
    assertThrows(IllegalArgumentException.class, () -> new LawNumber(Era.HEISEI, 1, " ", 1));
    assertThrows(IllegalArgumentException.class, () -> new LawNumber(Era.HEISEI, 0, "法律", 1));
    assertThrows(IllegalArgumentException.class, () -> new LawNumber(Era.HEISEI, 100, "法律", 1));
    assertThrows(IllegalArgumentException.class, () -> new LawNumber(Era.HEISEI, 1, "法律", -1));
    assertThrows(IllegalArgumentException.class, () -> new LawNumber(Era.HEISEI, 1, "法律", 100_000_000));
  }

  @Test
  void twoMinistriesOrdinancesOfOneYearAndNumberShareAKey() {
    // Documented collision: callers disambiguate (the reader adds .2 to the second 附則).
    assertEquals(LawNumber.parse("平成十二年総務省令第一号").orElseThrow().key(),
        LawNumber.parse("平成十二年財務省令第一号").orElseThrow().key());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"明治, MEIJI, Meiji, M, 1", "大正, TAISHO, Taisho, T, 2", "昭和, SHOWA, Showa, S, 3",
      "平成, HEISEI, Heisei, H, 4", "令和, REIWA, Reiwa, R, 5"})
  void erasAreFoundByEverySpelling(String kanji, Era era, String egov, char letter, int digit) {
    assertEquals(Optional.of(era), Era.fromKanji(kanji));
    assertEquals(Optional.of(era), Era.fromEgovName(egov));
    assertEquals(Optional.of(era), Era.fromEgovName(egov.toUpperCase()));
    assertEquals(Optional.of(era), Era.fromLetter(letter));
    assertEquals(Optional.of(era), Era.fromDigit(digit));
  }

  @Test
  void unknownErasAreEmpty() {
    assertEquals(Optional.empty(), Era.fromKanji("天平"));
    assertEquals(Optional.empty(), Era.fromEgovName(""));
    assertEquals(Optional.empty(), Era.fromLetter('X'));
    assertEquals(Optional.empty(), Era.fromDigit(6));
  }
}
