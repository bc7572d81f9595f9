package dev.lawimpact.impact;

/** The kinds of policy measure the recogniser tells apart in a bill's sentences. */
public enum MeasureType {
  /** Creates a body or a post (…委員会を置く, a new special-service post). */
  ESTABLISH,
  /** Gives a body a task, power or jurisdiction (…は、次に掲げる事務をつかさどる). */
  ASSIGN,
  /** Obtains, collects, receives or analyses information (…の提供を求める, 取得, 監視). */
  ACQUIRE,
  /** Acts on persons, things or systems (措置, 立入り, 停止, 無害化, アクセス). */
  INTERVENE,
  /** Puts a duty on private parties (…しなければならない, 届出, 報告). */
  OBLIGE,
  /** Creates penalties (…に処する, 罰金). */
  PENALISE,
  /** Names or cites an existing law (the explicit reason). */
  CITE,
  /** Defines a term (「…」という): laws defining the same term must agree. */
  DEFINE,
  /** The bill's subject vocabulary as a whole (its most specific terms), not one sentence. */
  SUBJECT
}
