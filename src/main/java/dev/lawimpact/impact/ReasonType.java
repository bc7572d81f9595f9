package dev.lawimpact.impact;

/** Why a law appears in an impact report; the order is the order reasons are listed in. */
public enum ReasonType {
  /** A prohibition, secrecy duty, penalty or procedural guarantee the bill's measure would breach. */
  CONFLICT,
  /** The law defines the powers, duties or jurisdiction of a body the bill gives new tasks to. */
  AUTHORITY,
  /** The law enumerates bodies, posts or officials of the kind the bill creates. */
  ORGANISATION,
  /** The law defines or cites what the bill defines, creates or changes. */
  CROSS_REFERENCE,
  /** The bill names or cites the law itself. */
  EXPLICIT,
  /**
   * The law works in the bill's subject area: its provisions use the bill's most specific terms.
   * The weakest reason; it ranks laws that have other reasons and lists a law alone only when strong.
   */
  SUBJECT
}
