package dev.lawimpact.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lawimpact.amendments.Amender;
import dev.lawimpact.citations.CitationQueryParser;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.numerals.Numerals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catastrophic backtracking: the regular expressions on user-input paths (search queries and
 * citations, law numbers, provision paths, 改め文 and plain-text bills, impact outlines) fed
 * strings built to make a backtracking matcher go exponential or quadratic — long runs of the
 * characters each pattern repeats, with the one character that makes the match fail at the end.
 * Each entry point must finish a 20,000-character input within the bound; the citation parser gets
 * 1,000 (search refuses longer queries before parsing them: the parser is not linear on long
 * runs of （, about 1 s for 20,000).
 */
@Tag("fuzz")
class PathologicalRegexTest {

  static final int N = 20_000;
  static final Duration BOUND = Duration.ofSeconds(2);

  /** Inputs aimed at the patterns (grep Pattern.compile in src/main). */
  static List<String> inputs() {
    List<String> out = new ArrayList<>();
    String[] runs = {"一", "十", "の一", "の", "第一", "第", "（", "「", "」", "（以下", " ", "　", "1-", "1", "article 1-",
        "paragraph (", "item ", ",", "の項", "の欄", "中", "改正規定", "を", "に改める", "ずつ繰り下げ", "法", "法律", "a", "i",
        "平成元年", "第一号", "一一", "の二", "イ", "（１）", "次の", "置く", "所掌", "「甲」という", "以下「甲」", "(", ")", "ノ二"};
    String[] tails = {"", "!", "x", "」", "）", "条", "号", "\n", "の一部を次のように改正する", "第"};
    for (String r : runs) {
      String run = r.repeat(Math.max(1, N / r.length()));
      for (String t : tails) out.add(run + t);
      out.add("平成" + run + "年法律" + run);
      out.add("第" + run + "条中「" + run + "」を「" + run + "」に改める");
    }
    return out;
  }

  static Stream<Arguments> entryPoints() {
    CitationQueryParser citations = dev.lawimpact.citations.FuzzAccess.parser();
    Amender amender = new Amender();
    List<Object[]> eps = List.of(
        new Object[] {"CitationQueryParser.parse", (Consumer<String>) s -> citations.parse(s.substring(0, Math.min(s.length(), 1000)))},
        new Object[] {"LawNumber.parse", (Consumer<String>) LawNumber::parse},
        new Object[] {"LawId.parse", (Consumer<String>) LawId::parse},
        new Object[] {"Numerals.parseBranch", (Consumer<String>) Numerals::parseBranch},
        new Object[] {"ProvisionPath.parseLocal", (Consumer<String>) s -> {
          try {
            ProvisionPath.parseLocal(new LawId("599AC0000000001"), s);
          } catch (IllegalArgumentException expected) {
            // refusal is fine; time is what is tested
          }
        }},
        new Object[] {"Amender.parse (改め文)", (Consumer<String>) s -> amender.parse(List.of(s))},
        new Object[] {"Amender.amendmentsInText (plain-text bill)", (Consumer<String>) amender::amendmentsInText},
        new Object[] {"BillReader.read + MeasureRecognizer", (Consumer<String>) s -> {
          try {
            dev.lawimpact.impact.FuzzAccess.measures(BillReader.read(s, "text", null, null).text());
          } catch (RuntimeException refused) {
            // BadBillException for empty/oversized bills
          }
        }});
    return eps.stream().map(e -> Arguments.of(e[0], e[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void finishesWithinTheBoundOnPathologicalInput(String name, Consumer<String> entry) {
    List<String> in = inputs();
    for (String s : in) {
      assertTimeoutPreemptively(BOUND, () -> entry.accept(s),
          () -> name + " took longer than " + BOUND + " on " + s.length() + " chars starting " + s.substring(0, Math.min(30, s.length())));
    }
    System.out.println("regex fuzz: " + name + ": " + in.size() + " pathological inputs within " + BOUND);
  }
}
