package dev.lawimpact.amendments;

/**
 * An operation the applier refused, as data: which sentence and clause, why, and what it looked
 * for. The tree is left as it was before that operation.
 */
public record ApplyFailure(Kind kind, int sentence, int start, int end, String operation, String detail) {

  public enum Kind {
    /** The named provision (or table row, or 附則) is not in the law. */
    TARGET_NOT_FOUND,
    /** The quoted string does not occur in the scope. */
    TEXT_NOT_FOUND,
    /** The quoted string occurs several times and the strict policy wants exactly one place. */
    TEXT_AMBIGUOUS,
    /** The sentence needs NewProvision content that the amendment does not carry. */
    CONTENT_MISSING,
    /** Renumbering onto a number that another provision already has. */
    NUMBER_TAKEN,
    /** Understood but not applicable by this engine (amendments of 改正規定, tables given as images, 目次 rewrites …). */
    UNSUPPORTED,
    /** The sentence was not parsed, so nothing was applied. */
    NOT_PARSED
  }
}
