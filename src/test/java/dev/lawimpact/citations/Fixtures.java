package dev.lawimpact.citations;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** A small fictional catalogue exercising every resolver rule without the corpus. */
final class Fixtures {

  static final String TELECOM = "501AC0000000001";
  static final String CONSTITUTION = "501CONSTITUTION";
  static final String DATA = "501AC0000000003";
  static final String NUMBERED = "501AC0000000004";
  static final String FUND_1 = "501AC0000000005";
  static final String FUND_2 = "502AC0000000006";
  static final String TRANSFER_1 = "501AC0000000007";
  static final String TRANSFER_2 = "502AC0000000008";
  static final String ARTICLELESS = "501AC0000000009";
  static final String WEAPONS = "501AC0000000010";
  static final String TELECOM_ENFORCEMENT = "501AC0000000011";
  static final String XYZ = "501AC0000000012";
  static final String EXCERPT = "501AC0000000013";
  static final String FIRST_BUSINESS = "501AC0000000014";
  static final String SECOND_BUSINESS = "501AC0000000015";
  static final String PROBATION = "501AC0000000016";
  static final String DEPOSITS = "501AC0000000017";

  private Fixtures() {}

  static List<LawMeta> catalogue() {
    return List.of(
        meta(TELECOM, "架空通信事業法", "令和元年法律第一号", "架通法"),
        meta(CONSTITUTION, "架空共和国憲法", "令和元年憲法"),
        meta(DATA, "架空データの保護に関する法律", "令和元年法律第三号"),
        meta(NUMBERED, "令和元年法律第四号（架空罰則ニ関スル法律）", "令和元年法律第四号"),
        meta(FUND_1, "令和元年度における架空財源の確保に関する法律", "令和元年法律第五号"),
        meta(FUND_2, "令和二年度における架空財源の確保に関する法律", "令和二年法律第六号"),
        meta(TRANSFER_1, "架空繰入金に関する法律", "令和元年法律第七号"),
        meta(TRANSFER_2, "架空繰入金に関する法律", "令和二年法律第八号"),
        meta(ARTICLELESS, "架空期日法", "令和元年法律第九号"),
        meta(WEAPONS, "架空兵器（生物兵器）の禁止に関する法律", "令和元年法律第十号"),
        meta(TELECOM_ENFORCEMENT, "架空通信事業法施行法", "令和元年法律第十一号"),
        meta(XYZ, "ＸＹＺ条約の実施に関する法律", "令和元年法律第十二号"),
        meta(EXCERPT, "架空旧法施行法　抄", "令和元年法律第十三号"),
        meta(FIRST_BUSINESS, "第一種架空事業法", "令和元年法律第十四号"),
        meta(SECOND_BUSINESS, "第二種架空事業法", "令和元年法律第十五号"),
        meta(PROBATION, "架空保護司法", "令和元年法律第十六号"),
        meta(DEPOSITS, "架空保管金規則", "令和元年法律第十七号"));
  }

  static LawMeta meta(String id, String title, String lawNum, String... abbrevs) {
    LawId lawId = new LawId(id);
    LawNumber n = LawNumber.parse(lawNum).orElse(null);
    LawType type = id.endsWith("CONSTITUTION") ? LawType.CONSTITUTION : LawType.ACT;
    return new LawMeta(lawId, title, "", Arrays.asList(abbrevs), lawNum, n, type, lawId.era(), lawId.eraYear(),
        n == null ? "" : String.valueOf(n.number()), "");
  }

  static EgovAbbreviations abbreviations() {
    return EgovAbbreviations.parse("egov_abb.json", resource("egov_abb.json"));
  }

  static Glossary glossary() {
    return GlossaryLoader.readXml("glossary.xml", resource("glossary.xml"));
  }

  static LawTitleResolver resolver() {
    List<EnglishName> english = new java.util.ArrayList<>(EnglishName.fromGlossary(glossary()));
    english.add(EnglishName.ofLaw("Fictional Data Protection Act", new LawId(DATA), "test"));
    return LawTitleResolver.build(catalogue(), abbreviations(), english);
  }

  static InputStream resource(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/citations/" + name);
    if (in == null) throw new UncheckedIOException(new IOException("missing test resource citations/" + name));
    return in;
  }

  static byte[] bytes(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
