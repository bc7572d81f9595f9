package dev.lawimpact.statute;

/**
 * Any node of the immutable provision tree. Structures group provisions (編・章・節・款・目),
 * provisions are addressable by a ProvisionPath, blocks are content without an address
 * (tables, lists, figures, amendment text).
 */
public sealed interface Node permits Structure, Provision, Block {
  SourceSpan span();
}
