package dev.lawimpact.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tree records built in code: text joining, walking and immutability. */
class StatuteTreeTest {

  private static final ProvisionPath LAW = ProvisionPath.of(new LawId("405AC0000000999"));

  @Test
  void sentencesJoinPlainlyAndColumnsWithAFullWidthSpace() {
    assertEquals("", Sentence.join(List.of()));
    assertEquals("一文", Sentence.join(List.of(new Sentence("一文", "", 0))));
    assertEquals("本文。ただし書。", Sentence.join(List.of(new Sentence("本文。", "main", 0), new Sentence("ただし書。", "proviso", 0))));
    assertEquals("甲　乙", Sentence.join(List.of(new Sentence("甲", "", 1), new Sentence("乙", "", 2))));
    // Two sentences inside one column stay together; the space only separates columns.
    assertEquals("甲一甲二　乙", Sentence.join(List.of(new Sentence("甲一", "", 1), new Sentence("甲二", "", 1), new Sentence("乙", "", 2))));
  }

  @Test
  void recordsCopyTheirListsSoTheTreeIsImmutable() {
    List<Sentence> sentences = new ArrayList<>(List.of(new Sentence("一", "", 0)));
    Paragraph p = new Paragraph(LAW.child(Kind.ARTICLE, "1").child(Kind.PARAGRAPH, "1"), "1", "", "", sentences,
        new ArrayList<>(), SourceSpan.NONE);
    sentences.add(new Sentence("二", "", 0));
    assertEquals(1, p.sentences().size());
    assertThrows(UnsupportedOperationException.class, () -> p.children().add(p));
  }

  @Test
  void findWalksStructuresAndProvisionsButNotBlocks() {
    ProvisionPath a1 = LAW.child(Kind.ARTICLE, "1");
    Paragraph p1 = new Paragraph(a1.child(Kind.PARAGRAPH, "1"), "1", "", "", List.of(new Sentence("本文", "", 0)),
        List.of(new Block.Text("SupplNote", "注", SourceSpan.NONE)), SourceSpan.NONE);
    Article art = new Article(a1, "1", "第一条", "（目的）", false, List.of(p1), SourceSpan.NONE);
    Structure chapter = new Structure(Structure.Kind.CHAPTER, "1", "第一章　総則", false, List.of(art), SourceSpan.NONE);
    Structure main = new Structure(Structure.Kind.MAIN_PROVISION, "", "", false, List.of(chapter), SourceSpan.NONE);
    LawMeta meta = new LawMeta(LAW.lawId(), "架空法", "", List.of(), "", null, LawType.ACT, null, 5, "999", "");
    Law law = new Law(meta, List.of(), null, null, main, List.of(), List.of());
    assertEquals(Optional.of(p1), law.find(a1.child(Kind.PARAGRAPH, "1")));
    assertEquals(List.of(art, p1), law.provisions());
    assertEquals("第一章　総則\n本文\n注", Law.fullText(chapter));
    assertEquals(List.of(new Outline.Entry("CHAPTER", "第一章　総則", "a1", "a1", "a1", List.of())), Outline.of(law));
  }

  @ParameterizedTest
  @CsvSource({"Act, ACT", "act, ACT", "CabinetOrder, CABINET_ORDER", "MinisterialOrdinance, MINISTERIAL_ORDINANCE",
      "Constitution, CONSTITUTION", "ImperialOrder, IMPERIAL_ORDER", "Rule, RULE", "Misc, MISC"})
  void lawTypesAreFoundByTheirEgovNames(String egov, LawType type) {
    assertEquals(Optional.of(type), LawType.fromEgovName(egov));
  }

  @Test
  void unknownLawTypeIsEmpty() {
    assertEquals(Optional.empty(), LawType.fromEgovName("Ordinance"));
  }
}
