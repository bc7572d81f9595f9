package dev.lawimpact.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LawIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "321CONSTITUTION, SHOWA, 21",   // 日本国憲法
      "359AC0000000086, SHOWA, 59",   // 電気通信事業法 (Act)
      "426AC1000000104, HEISEI, 26",  // a member's bill (AC1…)
      "427M60001080001, HEISEI, 27",  // ministerial ordinance
      "360M50001000025, SHOWA, 60",
      "322R00000001001, SHOWA, 22",   // rule
      "324RJNJ01001000, SHOWA, 24",   // 人事院規則 ids carry letters
      "117DF1000000032, MEIJI, 17",   // 太政官布告
      "108DT0000000152, MEIJI, 8",    // 太政官達
      "322CO0000000016, SHOWA, 22",   // cabinet order
      "119IO0000000051, MEIJI, 19",   // imperial order
      "504AC0000000043, REIWA, 4",
  })
  void acceptsRealLawIds(String value, Era era, int year) {
    assertTrue(LawId.isValid(value));
    LawId id = new LawId(value);
    assertEquals(Optional.of(id), LawId.parse(value));
    assertEquals(era, id.era());
    assertEquals(year, id.eraYear());
    assertEquals(value, id.toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "359AC000000086",     // one digit short
      "359AC00000000860",   // one digit long
      "659AC0000000086",    // era digit 6
      "059AC0000000086",    // era digit 0
      "359ac0000000086",    // lower case
      "359XX0000000086",    // unknown form
      "359AC000000008A",    // letters where digits go
      "321constitution",
      "21CONSTITUTION",
      "359AC0000000086.xml",
      " 359AC0000000086",
      "359M6000108000",     // ordinance one short
      "平成十一年法律第百二十八号",
  })
  void rejectsMalformedIds(String value) {
    assertFalse(LawId.isValid(value));
    assertEquals(Optional.empty(), LawId.parse(value));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LawId(value));
    assertTrue(e.getMessage().contains("not an e-Gov law id"), e.getMessage());
  }

  @Test
  void sortsByValue() {
    List<LawId> ids = new ArrayList<>(List.of(new LawId("359AC0000000086"), new LawId("321CONSTITUTION"),
        new LawId("117DF1000000032")));
    ids.sort(null);
    assertEquals(List.of(new LawId("117DF1000000032"), new LawId("321CONSTITUTION"), new LawId("359AC0000000086")), ids);
  }
}
