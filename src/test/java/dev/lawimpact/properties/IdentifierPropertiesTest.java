package dev.lawimpact.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.numerals.Numerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised round trips for the one place for numerals and identifiers: whatever we write,
 * we read back as the same value (the table tests in numerals/ and identifiers/ pin the spellings).
 * Cases come from a seeded generator (Gen), so a failure names its seed and case and replays.
 */
class IdentifierPropertiesTest {

  static final int CASES = 1000;

  @Test
  void kanjiRoundTrip() {
    Gen.forAll(CASES, r -> Gen.between(r, 0, Numerals.MAX_KANJI), n ->
        assertEquals(OptionalInt.of(n), Numerals.parse(Numerals.toKanji(n)), () -> Numerals.toKanji(n)));
  }

  @Test
  void fullWidthAndAsciiRoundTrip() {
    Gen.forAll(CASES, r -> Gen.between(r, 0, 999_999_999), n -> {
      assertEquals(OptionalInt.of(n), Numerals.parse(Numerals.toFullWidth(n)));
      assertEquals(OptionalInt.of(n), Numerals.parse(Integer.toString(n)));
    });
  }

  @Test
  void irohaRoundTrip() {
    Gen.forAll(CASES, r -> Gen.between(r, 1, 100_000), n ->
        assertEquals(OptionalInt.of(n), Numerals.parseIroha(Numerals.toIroha(n))));
  }

  @Test
  void branchNumberRoundTrip() {
    Gen.forAll(CASES, IdentifierPropertiesTest::branchNum, num ->
        assertEquals(Optional.of(num), Numerals.parseBranch(Numerals.branchToKanji(num)), () -> Numerals.branchToKanji(num)));
  }

  @Test
  void lawNumberRoundTrip() {
    Gen.forAll(CASES, IdentifierPropertiesTest::lawNumber, n ->
        assertEquals(Optional.of(n), LawNumber.parse(n.format()), n::format));
  }

  @Test
  void provisionPathRoundTrip() {
    Gen.forAll(CASES, IdentifierPropertiesTest::path, p -> {
      assertEquals(p, ProvisionPath.parse(p.toString()));
      assertEquals(p, ProvisionPath.parseLocal(p.lawId(), p.local()));
      // The whole law is spelled without a slash and without segments.
      assertEquals(p.isWholeLaw(), p.toString().equals(p.lawId().value()));
    });
  }

  @Test
  void parsingAnyStringNeverFailsOtherThanByIllegalArgument() {
    Gen.forAll(CASES, r -> Gen.string(r, 40), s -> {
      // Junk in: empty or a typed refusal, never another exception (the API maps IAE to 400).
      Numerals.parse(s);
      Numerals.parseBranch(s);
      Numerals.parseIroha(s);
      LawNumber.parse(s);
      LawId.parse(s);
      try {
        ProvisionPath.parse(s);
      } catch (IllegalArgumentException expected) {
        // fine
      }
    });
  }

  static String branchNum(Random r) {
    StringBuilder sb = new StringBuilder().append(Gen.between(r, 0, Numerals.MAX_KANJI));
    for (int i = r.nextInt(4); i > 0; i--) sb.append('_').append(Gen.between(r, 1, Numerals.MAX_KANJI)); // no の〇
    return sb.toString();
  }

  static final List<String> KINDS = List.of("法律", "政令", "勅令", "総務省令", "内閣府令", "国家公安委員会規則", "人事院規則", "憲法");

  static LawNumber lawNumber(Random r) {
    Era era = Era.values()[r.nextInt(Era.values().length)];
    int number = r.nextBoolean() ? Gen.between(r, 1, 999) : Gen.between(r, 0, Numerals.MAX_KANJI);
    return new LawNumber(era, Gen.between(r, 1, 99), KINDS.get(r.nextInt(KINDS.size())), number);
  }

  static ProvisionPath path(Random r) {
    LawId law = r.nextInt(10) == 0 ? new LawId("321CONSTITUTION")
        : new LawId(String.format("%d%02d%s%010d", Gen.between(r, 1, 5), Gen.between(r, 0, 99),
            List.of("AC", "CO", "IO", "DF").get(r.nextInt(4)), (long) (r.nextDouble() * 9_999_999_999L)));
    List<ProvisionPath.Segment> segs = new ArrayList<>();
    for (int i = r.nextInt(7); i > 0; i--) {
      if (r.nextInt(5) == 0) {
        String key = r.nextBoolean() ? "" : List.of("M", "T", "S", "H", "R").get(r.nextInt(5)) + Gen.between(r, 1, 99)
            + List.of("L", "C", "M", "R").get(r.nextInt(4)) + Gen.between(r, 1, 9999);
        segs.add(new ProvisionPath.Segment(ProvisionPath.Kind.SUPPL, key));
      } else {
        ProvisionPath.Kind k;
        do {
          k = ProvisionPath.Kind.values()[r.nextInt(ProvisionPath.Kind.values().length)];
        } while (k == ProvisionPath.Kind.SUPPL);
        segs.add(new ProvisionPath.Segment(k, r.nextInt(4) == 0 ? "" : number(r)));
      }
    }
    return new ProvisionPath(law, segs);
  }

  private static String number(Random r) {
    StringBuilder sb = new StringBuilder().append(Gen.between(r, 1, 99_999_999));
    for (int i = r.nextInt(3); i > 0; i--) sb.append('_').append(Gen.between(r, 1, 99_999_999));
    if (r.nextBoolean()) sb.append(':').append(Gen.between(r, 1, 99_999_999));
    if (r.nextBoolean()) sb.append('.').append(Gen.between(r, 1, 99_999_999));
    return sb.toString();
  }
}
