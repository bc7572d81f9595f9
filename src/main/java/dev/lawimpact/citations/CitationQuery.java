package dev.lawimpact.citations;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Segment;
import java.util.List;
import java.util.Optional;

/**
 * A search query read as a citation: the law name as written, how it resolved (one law, or
 * ambiguous with all candidates), and the in-law segments (empty for the whole law). Whether the
 * provision exists is not checked here; the index does that.
 *
 * @param query the query as given
 * @param lawName the law name as written in the query (電気通信事業法, 憲法, the Constitution)
 * @param resolution how lawName resolved; never NOT_FOUND
 * @param segments the provision inside the law, e.g. a4, p1; empty for the whole law
 * @param ignored trailing words that do not change the target (の規定, ただし書), or ""
 */
public record CitationQuery(String query, String lawName, Resolution resolution, List<Segment> segments, String ignored) {

  public CitationQuery {
    if (resolution == null || !resolution.isFound()) throw new IllegalArgumentException("a citation needs a found law");
    segments = List.copyOf(segments);
    ignored = ignored == null ? "" : ignored;
  }

  public boolean isAmbiguous() {
    return resolution.isAmbiguous();
  }

  public MatchRule rule() {
    return resolution.rule();
  }

  public boolean isWholeLaw() {
    return segments.isEmpty();
  }

  /** The law, when the name resolved to exactly one. */
  public Optional<LawId> lawId() {
    return resolution.lawId();
  }

  /** The target, when the law is known: law id plus segments. */
  public Optional<ProvisionPath> path() {
    return lawId().map(id -> new ProvisionPath(id, segments));
  }

  /** The target in each candidate law (one element when resolved). */
  public List<ProvisionPath> candidatePaths() {
    return resolution.lawIds().stream().map(id -> new ProvisionPath(id, segments)).toList();
  }

  /** The in-law part in path form (a4-p1), empty for the whole law. */
  public String local() {
    return new ProvisionPath(resolution.candidates().get(0).lawId(), segments).local();
  }
}
