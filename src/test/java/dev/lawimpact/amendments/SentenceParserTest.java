package dev.lawimpact.amendments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real 改め文 (from e-Gov amending acts) and the operation types they parse into, in order. */
class SentenceParserTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        row("第十七条第二項中「第七条第二項」を「第七条第一項」に改める。", "replace-text"),
        row("第三条第一項中「運輸大臣」を「国土交通大臣」に、「運輸省令」を「国土交通省令」に改める。", "replace-text replace-text"),
        row("第五条中「（昭和二十七年法律第二百二十九号）」を削る。", "delete-text"),
        row("第七条第一項中「以下」の下に「この条において」を加える。", "insert-text"),
        row("第四条第一項第十七号の次に次の一号を加える。", "insert-provision"),
        row("第二条に次の一項を加える。", "insert-provision"),
        row("第一条を次のように改める。", "replace-provision"),
        row("第十五条を削る。", "delete-provision"),
        row("第十四条中第二項を削り、第三項を第二項とし、第四項を第三項とする。", "delete-provision renumber renumber"),
        row("第一条中第十号を第十一号とし、第八号及び第九号を一号ずつ繰り下げ、第七号の次に次の一号を加える。",
            "renumber shift insert-provision"),
        row("第十二条の見出しを「（食品等の流通の合理化及び取引の適正化に関する法律の特例）」に改める。", "caption"),
        row("第二十三条の見出しを削り、同条の前に見出しとして「（補助金）」を付し、同条中「経費」を「費用」に改める。",
            "caption caption replace-text"),
        row("目次中「第十六条の二」の下に「―第十六条の四」を加える。", "insert-text"),
        row("第三章を第五章とし、第二章の次に次の二章を加える。", "renumber insert-provision"),
        row("附則第四項を附則第五項とし、附則第三項の次に次の一項を加える。", "renumber insert-provision"),
        row("第三十八条第六項の表第六条第四号の項中「第六条第四号」を「第六条第五号」に改める。", "replace-text"),
        row("別表第一建設業法（昭和二十四年法律第百号）の項を削り、同表健康増進法（平成十四年法律第百三号）の項中「、第二十六条第二項」を削る。",
            "delete-provision delete-text"),
        row("第二十七条中「第二十三条第一項第一号」の下に「及び第四項」を、「交付する補助金」の下に「及び減免資金」を加える。",
            "insert-text insert-text"),
        row("第九十九条中第十号を第十一号とし、第一号から第九号までを一号ずつ繰り下げ、同条に第一号として次の一号を加える。",
            "renumber shift insert-provision"),
        row("（「次のよう」略）", "elided"));
  }

  private static Arguments row(String sentence, String types) {
    return Arguments.of(sentence, types);
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void parsesIntoTypedOperations(String sentence, String types) {
    ParsedSentence p = new Amender().parse(List.of(sentence)).get(0);
    assertTrue(p.problems().isEmpty(), () -> "problems: " + p.problems());
    assertEquals(types, p.operations().stream().map(Operation::type).collect(Collectors.joining(" ")));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void relativeReferencesResolveToAbsoluteTargets(String sentence, String types) {
    for (Operation op : new Amender().parse(List.of(sentence)).get(0).operations()) {
      if (op instanceof Operation.Renumber r) assertFalse(r.from().steps().isEmpty(), sentence);
    }
  }

  @org.junit.jupiter.api.Test
  void scopeAndSameArticleAreResolved() {
    var ops = new Amender().parse(List.of("第十四条中第二項を削り、第三項を第二項とする。")).get(0).operations();
    var d = (Operation.DeleteProvisions) ops.get(0);
    assertEquals(List.of(new Target.Step(Target.Level.ARTICLE, "", "14"), new Target.Step(Target.Level.PARAGRAPH, "", "2")),
        d.targets().get(0).steps());
    var r = (Operation.Renumber) ops.get(1);
    assertEquals("3", r.from().last().num());
    assertEquals("14", r.to().steps().get(0).num());
    assertEquals("2", r.to().last().num());
  }

  @org.junit.jupiter.api.Test
  void anythingNotUnderstoodIsReportedWithItsPosition() {
    ParsedSentence p = new Amender().parse(List.of("第五条中「甲」を「乙」に改める。よく分からない文")).get(0);
    assertFalse(p.clean());
    assertEquals(16, p.problems().get(0).position());
  }
}
