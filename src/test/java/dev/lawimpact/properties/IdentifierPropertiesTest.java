package dev.lawimpact.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.numerals.Numerals;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Randomised round trips for the one place for numerals and identifiers: whatever we write,
 * we read back as the same value (the table tests in numerals/ and identifiers/ pin the spellings).
 */
class IdentifierPropertiesTest {

  @Property
  void kanjiRoundTrip(@ForAll @IntRange(min = 0, max = Numerals.MAX_KANJI) int n) {
    assertEquals(OptionalInt.of(n), Numerals.parse(Numerals.toKanji(n)), () -> Numerals.toKanji(n));
  }

  @Property
  void fullWidthAndAsciiRoundTrip(@ForAll @IntRange(min = 0, max = 999_999_999) int n) {
    assertEquals(OptionalInt.of(n), Numerals.parse(Numerals.toFullWidth(n)));
    assertEquals(OptionalInt.of(n), Numerals.parse(Integer.toString(n)));
  }

  @Property
  void irohaRoundTrip(@ForAll @IntRange(min = 1, max = 100_000) int n) {
    assertEquals(OptionalInt.of(n), Numerals.parseIroha(Numerals.toIroha(n)));
  }

  @Property
  void branchNumberRoundTrip(@ForAll("branchNums") String num) {
    assertEquals(Optional.of(num), Numerals.parseBranch(Numerals.branchToKanji(num)), () -> Numerals.branchToKanji(num));
  }

  @Property
  void lawNumberRoundTrip(@ForAll("lawNumbers") LawNumber n) {
    assertEquals(Optional.of(n), LawNumber.parse(n.format()), n::format);
  }

  @Property
  void provisionPathRoundTrip(@ForAll("paths") ProvisionPath p) {
    assertEquals(p, ProvisionPath.parse(p.toString()));
    assertEquals(p, ProvisionPath.parseLocal(p.lawId(), p.local()));
    // The whole law is spelled without a slash and without segments.
    assertEquals(p.isWholeLaw(), p.toString().equals(p.lawId().value()));
  }

  @Property
  void parsingAnyStringNeverFailsOtherThanByIllegalArgument(@ForAll @Size(max = 40) String s) {
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
  }

  @Provide
  Arbitrary<String> branchNums() {
    Arbitrary<Integer> first = Arbitraries.integers().between(0, Numerals.MAX_KANJI);
    Arbitrary<Integer> branch = Arbitraries.integers().between(1, Numerals.MAX_KANJI); // no の〇
    return Combinators.combine(first, branch.list().ofMaxSize(3))
        .as((f, bs) -> f + bs.stream().map(b -> "_" + b).reduce("", String::concat));
  }

  @Provide
  Arbitrary<LawNumber> lawNumbers() {
    Arbitrary<Era> era = Arbitraries.of(Era.class);
    Arbitrary<Integer> year = Arbitraries.integers().between(1, 99);
    Arbitrary<String> kind = Arbitraries.of("法律", "政令", "勅令", "総務省令", "内閣府令", "国家公安委員会規則", "人事院規則", "憲法");
    Arbitrary<Integer> number = Arbitraries.oneOf(Arbitraries.integers().between(1, 999),
        Arbitraries.integers().between(0, Numerals.MAX_KANJI));
    return Combinators.combine(era, year, kind, number).as(LawNumber::new);
  }

  @Provide
  Arbitrary<ProvisionPath> paths() {
    Arbitrary<LawId> law = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 99),
            Arbitraries.of("AC", "CO", "IO", "DF"), Arbitraries.longs().between(0, 9_999_999_999L))
            .as((e, y, t, n) -> new LawId(String.format("%d%02d%s%010d", e, y, t, n))),
        Arbitraries.just(new LawId("321CONSTITUTION")));
    Arbitrary<String> part = Arbitraries.integers().between(1, 99_999_999).map(String::valueOf);
    Arbitrary<String> number = Combinators.combine(part, part.list().ofMaxSize(2), part.optional(), part.optional())
        .as((n, branches, range, dup) -> n + branches.stream().map(b -> "_" + b).reduce("", String::concat)
            + range.map(r -> ":" + r).orElse("") + dup.map(d -> "." + d).orElse(""));
    Arbitrary<String> numOrEmpty = Arbitraries.oneOf(number, Arbitraries.just(""));
    Arbitrary<ProvisionPath.Segment> plain = Combinators.combine(
        Arbitraries.of(ProvisionPath.Kind.class).filter(k -> k != ProvisionPath.Kind.SUPPL), numOrEmpty)
        .as(ProvisionPath.Segment::new);
    Arbitrary<String> supplKey = Combinators.combine(Arbitraries.of("M", "T", "S", "H", "R"),
        Arbitraries.integers().between(1, 99), Arbitraries.of("L", "C", "M", "R"), Arbitraries.integers().between(1, 9999))
        .as((e, y, k, n) -> e + y + k + n);
    Arbitrary<ProvisionPath.Segment> suppl = Arbitraries.oneOf(supplKey, Arbitraries.just(""))
        .map(k -> new ProvisionPath.Segment(ProvisionPath.Kind.SUPPL, k));
    Arbitrary<List<ProvisionPath.Segment>> segs = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(1, suppl)).list().ofMaxSize(6);
    return Combinators.combine(law, segs).as(ProvisionPath::new);
  }
}
