package dev.lawimpact.citations.refs;

/** Why a mention was kept without a target. */
public enum Reason {
  /** A law name that the title resolver does not know (施行令, 旧法 without a definition …). */
  UNKNOWN_LAW,
  /** The name fits several laws; nothing is guessed. */
  AMBIGUOUS_LAW,
  /** The law is known by number or context but not in the catalogue (e.g. the act an amending 附則 belongs to). */
  LAW_NOT_IN_CORPUS,
  /** The law is read, but it has no provision at this address. */
  TARGET_NOT_IN_CORPUS,
  /** 同条, 前条, 前号 … with nothing to refer back to (no previous target, first article …). */
  NO_ANTECEDENT,
  /** A form the extractor recognises but does not resolve. */
  UNSUPPORTED
}
