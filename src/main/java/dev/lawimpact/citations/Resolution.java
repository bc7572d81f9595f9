package dev.lawimpact.citations;

import dev.lawimpact.identifiers.LawId;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of resolving one law name: resolved to one law, ambiguous between several (never
 * guessed), or not found. rule says which rule produced the candidates; it is null when not found.
 */
public record Resolution(Outcome outcome, MatchRule rule, List<Candidate> candidates) {

  public enum Outcome { RESOLVED, AMBIGUOUS, NOT_FOUND }

  /** One law the name may denote, and why (e.g. "egov_abb.json 電通事法", "suffix of 日本国憲法"). */
  public record Candidate(LawId lawId, String title, String via) {}

  public static final Resolution NOT_FOUND = new Resolution(Outcome.NOT_FOUND, null, List.of());

  public Resolution {
    candidates = List.copyOf(candidates);
    if (outcome == null) throw new IllegalArgumentException("outcome required");
    int expected = switch (outcome) {
      case RESOLVED -> 1;
      case AMBIGUOUS -> 2;
      case NOT_FOUND -> 0;
    };
    boolean ok = outcome == Outcome.AMBIGUOUS ? candidates.size() >= 2 : candidates.size() == expected;
    if (!ok) throw new IllegalArgumentException(outcome + " with " + candidates.size() + " candidates");
    if ((outcome == Outcome.NOT_FOUND) != (rule == null)) throw new IllegalArgumentException("rule iff found");
  }

  /** RESOLVED for one candidate, AMBIGUOUS for more, NOT_FOUND for none. */
  public static Resolution of(MatchRule rule, List<Candidate> candidates) {
    if (candidates.isEmpty()) return NOT_FOUND;
    return new Resolution(candidates.size() == 1 ? Outcome.RESOLVED : Outcome.AMBIGUOUS, rule, candidates);
  }

  public boolean isResolved() {
    return outcome == Outcome.RESOLVED;
  }

  public boolean isAmbiguous() {
    return outcome == Outcome.AMBIGUOUS;
  }

  public boolean isFound() {
    return outcome != Outcome.NOT_FOUND;
  }

  /** The law when resolved to exactly one. */
  public Optional<LawId> lawId() {
    return isResolved() ? Optional.of(candidates.get(0).lawId()) : Optional.empty();
  }

  public List<LawId> lawIds() {
    return candidates.stream().map(Candidate::lawId).toList();
  }
}
