package dev.lawimpact.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureRecognizerTest {

  /** sentence | measure types expected (space separated) | actor expected or - | created name or - */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "政府は、電気通信事業者から通信に関する情報の提供を受けて、これを取得する。|ACQUIRE|電気通信事業者|-",
      "警察は、攻撃元の電子計算機にアクセスし、無害化の措置をとることができる。|INTERVENE|警察|-",
      "内閣府に、独立性の高い架空情報監理委員会を置く。|ESTABLISH|-|架空情報監理委員会",
      "内閣に、内閣架空官を新設する。|ESTABLISH|内閣|内閣架空官",
      "事業者は、被害が発生したときは、所管の大臣に報告しなければならない。|OBLIGE|-|-",
      "前条の規定に違反した者は、一年以下の拘禁刑に処する。|PENALISE|-|-",
      "架空庁は、次に掲げる事務をつかさどる。|ASSIGN|架空庁|-",
  })
  void recognisesMeasures(String sentence, String types, String actor, String name) {
    List<Measure> ms = MeasureRecognizer.recognise(sentence, MeasureRecognizer.sentences(sentence));
    Set<String> got = ms.stream().map(m -> m.type().name()).collect(Collectors.toSet());
    for (String t : types.split(" ")) assertTrue(got.contains(t), t + " not in " + got + " for " + sentence);
    if (!actor.equals("-")) assertTrue(ms.stream().anyMatch(m -> m.actors().contains(actor)), actor + " not an actor in " + ms);
    if (!name.equals("-")) assertTrue(ms.stream().anyMatch(m -> m.name().equals(name)), name + " not created in " + ms);
    for (Measure m : ms) assertEquals(sentence, sentence.substring(m.start(), m.end()));
  }

  @org.junit.jupiter.api.Test
  void splitsSentencesAfterFullStopsAndAtLineEnds() {
    assertEquals(2, MeasureRecognizer.sentences("一の文。二の文。").size());
    assertEquals(2, MeasureRecognizer.sentences("一の文\n二の文\n\n").size());
    assertEquals(1, MeasureRecognizer.sentences("一の文").size());
    var s = MeasureRecognizer.sentences("一の文。\n二の文");
    assertEquals("二の文", "一の文。\n二の文".substring(s.get(1).start(), s.get(1).end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"架空監理委員会|委員会", "内閣架空官|官", "架空庁|庁", "架空会議|会議", "電気通信事業者|"})
  void suffixOfBodyNames(String name, String suffix) {
    assertEquals(suffix == null ? "" : suffix, MeasureRecognizer.suffixOf(name));
  }
}
