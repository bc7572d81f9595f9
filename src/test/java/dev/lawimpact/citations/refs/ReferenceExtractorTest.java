package dev.lawimpact.citations.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real statute sentences (mostly 電気通信事業法) read against a small fictional tree of that law
 * (fixture 359AC0000000086.xml: articles 1–7, 6の2, 9–13, 16, 20–22 deleted as one range, 23; items
 * in 2, 10, 12, 16; subitems イ・ロ in 12(1)(ii); the original 附則 with two articles; an amending
 * 附則 of 平成十一年法律第百六十号 (not in the catalogue) with two paragraphs; 別表第一・第二).
 *
 * <p>Expected references are written {@code text:KIND=targets}, joined by " | ". Targets in this law
 * are local paths, other laws' full paths; {@code !REASON} for unresolved; " J" / " Y" mark 準用 / 読替え.
 */
class ReferenceExtractorTest {

  static final String SELF = "359AC0000000086";
  static final String RADIO = "325AC0000000131";
  static final String CIVIL = "129AC0000000089";
  static final String PAY = "325AC0000000095";
  static final String BROADCAST = "325AC0000000132";

  static Law law;
  static LawTitleResolver titles;

  @BeforeAll
  static void load() throws IOException {
    byte[] xml;
    try (InputStream in = ReferenceExtractorTest.class.getResourceAsStream("/citations/refs/" + SELF + ".xml")) {
      xml = in.readAllBytes();
    }
    ReadResult r = new EgovXmlReader().read(SELF, "fixture", xml);
    law = r.lawIfRead().orElseThrow(() -> new AssertionError(r.diagnostics()));
    titles = LawTitleResolver.build(List.of(
        meta(SELF, "電気通信事業法", "昭和五十九年法律第八十六号", "電通事法"),
        meta(RADIO, "電波法", "昭和二十五年法律第百三十一号"),
        meta(CIVIL, "民法", "明治二十九年法律第八十九号"),
        meta(PAY, "一般職の職員の給与に関する法律", "昭和二十五年法律第九十五号"),
        meta(BROADCAST, "放送法", "昭和二十五年法律第百三十二号")));
  }

  static LawMeta meta(String id, String title, String num, String... abbrevs) {
    LawId lawId = new LawId(id);
    return new LawMeta(lawId, title, "", List.of(abbrevs), num, LawNumber.parse(num).orElse(null), LawType.ACT,
        lawId.era(), lawId.eraYear(), id.substring(id.length() - 3), "");
  }

  static List<Reference> run(String source, String text) {
    ProvisionPath src = ProvisionPath.parseLocal(new LawId(SELF), source);
    ExtractionContext ctx = ExtractionContext.start(new LawId(SELF), src);
    if (source.startsWith("spH11L160")) {
      ctx = new ExtractionContext(ctx.lawId(), src, null, "平成十一年法律第百六十号",
          ProvisionPath.parseLocal(new LawId(SELF), "spH11L160"), null, null, java.util.Map.of());
    }
    return ReferenceExtractor.extractText(text, ctx, law, titles).references();
  }

  static String render(List<Reference> refs) {
    return refs.stream().map(ReferenceExtractorTest::render).collect(Collectors.joining(" | "));
  }

  static String render(Reference r) {
    String t;
    if (r.resolution() instanceof Resolution.Resolved ok) {
      t = ok.targets().stream().map(p -> p.lawId().value().equals(SELF) && !p.isWholeLaw() ? p.local() : p.toString())
          .collect(Collectors.joining(" ")) + (ok.junyo() ? " J" : "") + (ok.yomikae() ? " Y" : "");
    } else {
      t = "!" + ((Resolution.Unresolved) r.resolution()).reason();
    }
    return r.mention().text() + ":" + r.mention().kind() + "=" + t;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '§', textBlock = """
      # same-law numbered references, 同条, 読替え parenthetical
      a2-p1-i5 § 電気通信事業を営むことについて、第九条の登録を受けた者及び第十六条第一項（同条第二項の規定により読み替えて適用する場合を含む。）の規定による届出をした者をいう。 § 第九条:SAME_LAW=a9 | 第十六条第一項:SAME_LAW=a16-p1 | 同条第二項:RELATIVE=a16-p2
      # 前項, and an item range expanded
      a10-p2 § 前項の申請書には、第十二条第一項第一号から第三号までに該当しないことを誓約する書面その他総務省令で定める書類を添付しなければならない。 § 前項:RELATIVE=a10-p1 | 第十二条第一項第一号から第三号:RANGE=a12-p1-i1 a12-p1-i2 a12-p1-i3
      # 前三条 applied mutatis mutandis
      a13-p2 § 前三条の規定は、前項の登録の更新について準用する。 § 前三条:RELATIVE=a10 a11 a12 J | 前項:RELATIVE=a13-p1
      # enumeration with inheritance, 準用
      a13-p3 § 第十条第二項、第十一条及び第十二条の規定は、第一項の変更登録について準用する。 § 第十条第二項:SAME_LAW=a10-p2 J | 第十一条:ENUMERATION_MEMBER=a11 J | 第十二条:ENUMERATION_MEMBER=a12 J | 第一項:SAME_LAW=a13-p1
      # 読替え: the provision read with other words
      a13-p4 § この場合において、第十一条第一項中「次の事項」とあるのは「変更に係る事項」と読み替えるものとする。 § 第十一条第一項:SAME_LAW=a11-p1 Y
      # items inherit the paragraph of the first member
      a16-p2 § 第一項第一号、第二号又は第五号の事項に変更があつたときは、遅滞なく、その旨を総務大臣に届け出なければならない。 § 第一項第一号:SAME_LAW=a16-p1-i1 | 第二号:ENUMERATION_MEMBER=a16-p1-i2 | 第五号:ENUMERATION_MEMBER=a16-p1-i5
      # 同条 after an explicit article, inside an item
      a12-p1-i1 § 第九条の登録を受けた者の特定関係法人以外の者が、当該同条の登録を受けた者の特定関係法人となつたとき。 § 第九条:SAME_LAW=a9 | 同条:RELATIVE=a9
      # 前号 and 前各号 inside items
      a10-p1-i3 § 前号に掲げる者 § 前号:RELATIVE=a10-p1-i2
      a10-p1-i4 § 前各号に掲げるもののほか、電気通信事業者の事業の運営が適正かつ合理的でないため § 前各号:RELATIVE=a10-p1-i1 a10-p1-i2 a10-p1-i3
      # another law with its number, then 同法
      a4-p2 § 海技士（通信）又は海技士（電子通信）に係る海技免状は、第一項の有効期間内であつても、電波法（昭和二十五年法律第百三十一号）第四十八条の二の規定による船舶局無線従事者証明（以下「船舶局証明」という。）が同法第四十八条の三の規定により効力を失つたときは、その効力を失う。 § 第一項:SAME_LAW=a4-p1 | 電波法（昭和二十五年法律第百三十一号）第四十八条の二:ABSOLUTE=325AC0000000131/a48_2 | 同法第四十八条の三:RELATIVE=325AC0000000131/a48_3
      # a whole law by number, a law name and 同法 with items, unknown name kept
      a4-p1 § 郵政大臣は、この法律の施行の日前においても、附則第二条に規定する定款の変更に係る申請に対する処分並びにこの法律の施行に伴う改正後の放送法第二条の二第一項の放送普及基本計画の変更、同法第五十二条の十三第一項第三号の規定による郵政省令の変更及び電波法（昭和二十五年法律第百三十一号）第七条第二項第二号の放送用周波数使用計画の変更のために、電波監理審議会に諮問することができる。 § この法律:THIS_LAW=359AC0000000086 | 附則第二条:SAME_LAW=sp-a2 | この法律:THIS_LAW=359AC0000000086 | 放送法第二条の二第一項:ABSOLUTE=325AC0000000132/a2_2-p1 | 同法第五十二条の十三第一項第三号:RELATIVE=325AC0000000132/a52_13-p1-i3 | 電波法（昭和二十五年法律第百三十一号）第七条第二項第二号:ABSOLUTE=325AC0000000131/a7-p2-i2
      # a short name defined for a law in the text, then used with 同法
      sp-a1-p1 § ただし、第一条中一般職の職員の給与に関する法律（以下「法」という。）第五条、第九条及び第九条の二の改正規定並びに同法第十条の二の次に一条を加える改正規定は、公布の日から施行する。 § 第一条:SAME_LAW=a1 | 一般職の職員の給与に関する法律（以下「法」という。）第五条:ABSOLUTE=325AC0000000095/a5 | 第九条:ENUMERATION_MEMBER=325AC0000000095/a9 | 第九条の二:ENUMERATION_MEMBER=325AC0000000095/a9_2 | 同法第十条の二:RELATIVE=325AC0000000095/a10_2
      # unknown law names are not read as this law
      a3-p1 § 会社経理特別措置令第二条第三号、企業整備資金措置法施行令第六条第三号並びに民法第二百八十六条 § 会社経理特別措置令第二条第三号:ABSOLUTE=!UNKNOWN_LAW | 企業整備資金措置法施行令第六条第三号:ABSOLUTE=!UNKNOWN_LAW | 民法第二百八十六条:ABSOLUTE=129AC0000000089/a286
      # a target the law does not have; a deleted range covers its members; 次条 over a branch number
      a6-p1 § 第八条及び第二十一条の規定は、次条の場合について準用する。 § 第八条:SAME_LAW=!TARGET_NOT_IN_CORPUS | 第二十一条:ENUMERATION_MEMBER=a20:22 J | 次条:RELATIVE=a6_2
      # article ranges skip nothing: branch numbers inside are members
      a7-p1 § 第五条から第七条までの規定は、前項の場合に準用する。 § 第五条から第七条:RANGE=a5 a6 a6_2 a7 J | 前項:RELATIVE=!TARGET_NOT_IN_CORPUS
      # subitems, 別表, full-width digits
      a13-p1 § 第十二条第一項第二号イ若しくはロ又は別表第二に掲げる者（第１６条第２項に規定する者を除く。） § 第十二条第一項第二号イ:SAME_LAW=a12-p1-i2-s1 | 別表第二:SAME_LAW=at2 | 第１６条第２項:SAME_LAW=a16-p2
      # an amending 附則: 第N条 and この法律 mean the amending act, which the catalogue lacks; 前項 is its own paragraph
      spH11L160-p2 § 前項の規定にかかわらず、第一条の規定及びこの法律の施行の日は、政令で定める。 § 前項:RELATIVE=spH11L160-p1 | 第一条:SAME_LAW=!LAW_NOT_IN_CORPUS | この法律:THIS_LAW=!LAW_NOT_IN_CORPUS
      # 中 after a mention is not part of the next (unknown) name
      a3-p1 § 第一条中金融商品取引法第三十一条の四を削る。 § 第一条:SAME_LAW=a1 | 金融商品取引法第三十一条の四:ABSOLUTE=!UNKNOWN_LAW
      # 同項 without anything before
      a5-p1 § 同項の規定により § 同項:RELATIVE=!NO_ANTECEDENT
      # law numbers inside sentences are not items; a bare law number is a law
      a9-p1 § 民法（明治二十九年法律第八十九号）の規定及び昭和二十五年法律第百三十一号の規定 § 民法（明治二十九年法律第八十九号:LAW=129AC0000000089 | 昭和二十五年法律第百三十一号:LAW=325AC0000000131
      # an item in parentheses after a paragraph belongs to that paragraph (not to 第一項)
      a9-p1 § 電波法第七十六条第四項（第四号を除く。）の規定により § 電波法第七十六条第四項:ABSOLUTE=325AC0000000131/a76-p4 | 第四号:SAME_LAW=325AC0000000131/a76-p4-i4
      # 各号 does not end a list
      a9-p1 § 第十二条第一項各号及び第二項の規定 § 第十二条第一項各号:SAME_LAW=a12-p1-i1 a12-p1-i2 a12-p1-i3 a12-p1-i4 | 第二項:ENUMERATION_MEMBER=a12-p2
      # nor does ただし書
      a9-p1 § 第十条第二項ただし書、第十一条及び第十二条の規定 § 第十条第二項:SAME_LAW=a10-p2 | 第十一条:ENUMERATION_MEMBER=a11 | 第十二条:ENUMERATION_MEMBER=a12
      # quoted words are not antecedents of 同法 outside them
      a9-p1 § 民法第一条中「電波法第四条」とあるのは「電波法第五条」と、同法第二条中「前条」とあるのは「民法第一条」とする。 § 民法第一条:ABSOLUTE=129AC0000000089/a1 | 電波法第四条:ABSOLUTE=325AC0000000131/a4 | 電波法第五条:ABSOLUTE=325AC0000000131/a5 | 同法第二条:RELATIVE=129AC0000000089/a2 | 前条:RELATIVE=!TARGET_NOT_IN_CORPUS | 民法第一条:ABSOLUTE=129AC0000000089/a1
      # nor is the formula 以下この条において同じ
      a4-p1 § 電波法第四条第二項に規定する処分（以下この条において同じ。）又は同条第三項に規定する裁決 § 電波法第四条第二項:ABSOLUTE=325AC0000000131/a4-p2 | この条:RELATIVE=a4 | 同条第三項:RELATIVE=325AC0000000131/a4-p3
      # 同条 after an article the law does not have is not guessed
      a9-p1 § 第八条の規定の適用については、同条中「者」とあるのは「法人」とする。 § 第八条:SAME_LAW=!TARGET_NOT_IN_CORPUS | 同条:RELATIVE=!TARGET_NOT_IN_CORPUS
      # members after a reference into an unknown law stay in that law
      a9-p1 § 会社経理特別措置令第二条第三号から第五号まで若しくは第七号の規定 § 会社経理特別措置令第二条第三号から第五号:RANGE=!UNKNOWN_LAW | 第七号:ENUMERATION_MEMBER=!UNKNOWN_LAW
      # a relative tail is checked against the tree
      a13-p1 § 前条第五項の規定 § 前条第五項:RELATIVE=!TARGET_NOT_IN_CORPUS
      # in an amending 附則, a range from the amending act's article to a relative end is one mention
      spH11L160-p2 § 第二条から前条までに規定するもののほか § 第二条から前条:RANGE=!LAW_NOT_IN_CORPUS
      """)
  void sentences(String source, String text, String expected) {
    assertEquals(expected.strip(), render(run(source.strip(), text.strip())));
  }

  @Test
  void spansAreOffsetsInTheOwnText() {
    String text = "電気通信事業を営むことについて、第九条の登録を受けた者及び第十六条第一項（同条第二項の規定により読み替えて適用する場合を含む。）の規定による届出をした者をいう。";
    List<Reference> refs = run("a2-p1-i5", text);
    List<String> spans = new ArrayList<>();
    for (Reference r : refs) {
      spans.add(r.mention().start() + "-" + r.mention().end());
      assertEquals(r.mention().text(), text.substring(r.mention().start(), r.mention().end()));
      assertEquals("a2-p1-i5", r.mention().source().local());
    }
    assertEquals(List.of("16-19", "29-36", "37-42"), spans);
  }

  @Test
  void wholeLawCarriesContextAcrossProvisions() {
    List<Reference> refs = ReferenceExtractor.extract(law, titles);
    // The fixture's sentences are placeholders; the walk must still visit every provision without failing.
    assertTrue(refs.stream().allMatch(r -> r.mention().source().lawId().value().equals(SELF)));
  }

  @Test
  void contextIsReturnedNotHidden() {
    ProvisionPath src = ProvisionPath.parseLocal(new LawId(SELF), "a4-p1");
    ExtractionContext start = ExtractionContext.start(new LawId(SELF), src);
    ReferenceExtractor.Result r1 = ReferenceExtractor.extractText(
        "電波法（昭和二十五年法律第百三十一号。以下「旧法」という。）の規定", start, law, titles);
    assertEquals(RADIO, r1.context().abbreviations().get("旧法").value());
    assertEquals(null, start.lastLaw());
    ReferenceExtractor.Result r2 = ReferenceExtractor.extractText("旧法第三条及び同法第五条", r1.context(), law, titles);
    assertEquals("旧法第三条:ABSOLUTE=325AC0000000131/a3 | 同法第五条:RELATIVE=325AC0000000131/a5", render(r2.references()));
  }
}
