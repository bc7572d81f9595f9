package dev.lawimpact.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jboss.logging.Logger;

/**
 * File-name rules shared by the sources: which members are law files, and which one to keep when a
 * listing holds several revisions of a law, as an e-Gov bulk download does
 * ({@code <law_id>_<YYYYMMDD>_<amendment_law_id>/…xml}, YYYYMMDD = enforcement date, future dates
 * being revisions not yet in force).
 */
final class LawFiles {

  private static final Logger LOG = Logger.getLogger(LawFiles.class);
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private LawFiles() {
  }

  /**
   * Law id of a member, or null after reporting why it is skipped: the index CSV of a bulk
   * download and hidden files are expected and only logged at debug; any other non-law member is
   * a problem.
   */
  static String lawIdOrSkip(String origin, String name, CorpusVisitor visitor) {
    String id = CorpusEntry.lawIdOf(name);
    if (id != null) return id;
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || CorpusEntry.baseName(name).startsWith(".")) {
      // the bulk download's index, or hidden files such as macOS "._X.xml" resource forks
      LOG.debugf("%s: skipping %s", origin, name);
    } else {
      visitor.problem(new CorpusProblem(origin, name, lower.endsWith(".xml")
          ? "file name does not start with a law id; skipped" : "not an .xml law file; skipped"));
    }
    return null;
  }

  /** Plain words for a read failure; a bare EOFException is what a truncated archive gives. */
  static String describe(IOException e) {
    if (e instanceof EOFException)
      return "unexpected end of data (truncated archive?)" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Today in Japan: e-Gov enforcement dates are Japanese calendar days. */
  static LocalDate today() {
    return LocalDate.now(JAPAN);
  }

  /**
   * Keeps, per law id, the best name and drops the other revisions, preserving input order.
   * Best: a plain {@code <LawId>.xml} (a curated or imported snapshot); else the newest revision
   * in force on {@code asOf}; else (only future revisions) the earliest one. Items whose name is
   * not a law file are passed through for the caller to report.
   */
  static <T> List<T> pickCurrent(List<T> items, Function<T, String> nameOf, LocalDate asOf, List<T> dropped) {
    Map<String, T> best = new HashMap<>();
    for (T item : items) {
      String id = CorpusEntry.lawIdOf(nameOf.apply(item));
      if (id == null) continue;
      best.merge(id, item, (a, b) -> better(nameOf.apply(a), nameOf.apply(b), asOf) ? a : b);
    }
    List<T> kept = new ArrayList<>(items.size());
    for (T item : items) {
      String id = CorpusEntry.lawIdOf(nameOf.apply(item));
      if (id == null || best.get(id) == item) kept.add(item);
      else dropped.add(item);
    }
    return kept;
  }

  /** Whether revision name {@code a} should be preferred over {@code b} (same law id). */
  private static boolean better(String a, String b, LocalDate asOf) {
    LocalDate da = dateOf(a), db = dateOf(b);
    int ra = rank(da, asOf), rb = rank(db, asOf);
    if (ra != rb) return ra > rb;
    if (da == null || da.equals(db)) return CorpusEntry.baseName(a).compareTo(CorpusEntry.baseName(b)) >= 0;
    return ra == 1 ? da.isAfter(db) : da.isBefore(db);
  }

  private static int rank(LocalDate date, LocalDate asOf) {
    if (date == null) return 2;
    return date.isAfter(asOf) ? 0 : 1;
  }

  /** Enforcement date of a revision file name, or null for a plain {@code <LawId>.xml}. */
  static LocalDate dateOf(String name) {
    String[] parts = CorpusEntry.baseName(name).split("[_.]");
    if (parts.length < 3 || !parts[1].matches("\\d{8}")) return null;
    try {
      return LocalDate.parse(parts[1], DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
