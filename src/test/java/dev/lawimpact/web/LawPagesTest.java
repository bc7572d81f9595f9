package dev.lawimpact.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawimpact.search.LinkView;
import dev.lawimpact.search.ProvisionView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the law view cuts stored texts into a provision's own lines and places reference links. */
class LawPagesTest {

  private static ProvisionView prov(String path, String text) {
    return new ProvisionView("599AC0000000001", "架空通信事業法", "", path, "", "", "", "", "PARAGRAPH", "main", false, text,
        List.of());
  }

  static Stream<Arguments> ownLines() {
    return Stream.of(
        Arguments.of("no children", "通信の秘密は、侵してはならない。", List.of(), List.of("通信の秘密は、侵してはならない。")),
        Arguments.of("items taken out", "次に掲げる者\n一の者\n二の者",
            List.of(prov("a2-p1-i1", "一の者"), prov("a2-p1-i2", "二の者")), List.of("次に掲げる者")),
        Arguments.of("an item's subitems taken out with it", "次に掲げる者\n一の者\nイの者\nロの者\n二の者",
            List.of(prov("a2-p1-i1", "一の者\nイの者\nロの者"), prov("a2-p1-i2", "二の者")), List.of("次に掲げる者")),
        Arguments.of("a table after the sentence stays", "次の表のとおりとする。\n区分\n手数料\n一の者",
            List.of(prov("a2-p1-i1", "一の者")), List.of("次の表のとおりとする。", "区分", "手数料")),
        Arguments.of("same words in the parent and a child", "同じ文\n同じ文", List.of(prov("a2-p1-i1", "同じ文")),
            List.of("同じ文")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void ownLines(String name, String text, List<ProvisionView> kids, List<String> expected) {
    assertEquals(expected, LawPages.ownLines(prov("a2-p1", text), kids));
  }

  private static LinkView link(int start, int end, String mention, String status, String target, boolean inCorpus) {
    List<LinkView.Target> targets = target == null ? List.of() : List.of(new LinkView.Target(target, "label", inCorpus));
    return new LinkView("599AC0000000001/a5-p1", "", mention, start, end, "ARTICLE", targets, status, "", List.of());
  }

  private static String render(List<LawPage.Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (LawPage.Piece p : pieces) sb.append(p.href() == null ? p.text() : "[" + p.text() + "](" + p.href() + ")");
    return sb.toString();
  }

  static Stream<Arguments> pieces() {
    String t = "第四条第一項の規定に違反して通信の秘密を侵した者";
    return Stream.of(
        Arguments.of("same law: a fragment", t, List.of(link(0, 6, "第四条第一項", "resolved", "599AC0000000001/a4-p1", true)),
            "[第四条第一項](#a4-p1)の規定に違反して通信の秘密を侵した者", 1, 0),
        Arguments.of("other law: the law view with the panel", "電波法第五十九条の規定",
            List.of(link(0, 8, "電波法第五十九条", "resolved", "325AC0000000131/a59", true)),
            "[電波法第五十九条](/laws/325AC0000000131?at=a59#a59)の規定", 1, 0),
        Arguments.of("span not matching the words: plain, counted", t,
            List.of(link(1, 7, "第四条第一項", "resolved", "599AC0000000001/a4-p1", true)), t, 0, 1),
        Arguments.of("span beyond the text: plain, counted", "第四条", List.of(link(0, 6, "第四条第一項", "resolved",
            "599AC0000000001/a4-p1", true)), "第四条", 0, 1),
        Arguments.of("unresolved and not-in-corpus: plain", t, List.of(link(0, 6, "第四条第一項", "TARGET_NOT_FOUND", null, false),
            link(0, 6, "第四条第一項", "resolved", "599AC0000000099/a4-p1", false)), t, 0, 0),
        Arguments.of("この法律 itself: plain", "この法律は", List.of(link(0, 4, "この法律", "resolved", "599AC0000000001", true)),
            "この法律は", 0, 0),
        Arguments.of("overlap: the longer, earlier link wins", t,
            List.of(link(3, 6, "第一項", "resolved", "599AC0000000001/a4-p1", true),
                link(0, 6, "第四条第一項", "resolved", "599AC0000000001/a4-p1", true)),
            "[第四条第一項](#a4-p1)の規定に違反して通信の秘密を侵した者", 1, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void pieces(String name, String text, List<LinkView> links, String expected, int placed, int unplaced) {
    int[] counts = new int[2];
    assertEquals(expected, render(LawPages.pieces("599AC0000000001", text, links, counts)));
    assertEquals(placed, counts[0], "placed");
    assertEquals(unplaced, counts[1], "unplaced");
  }
}
