package dev.lawimpact.amendments;

import dev.lawimpact.statute.Block;
import java.util.List;

/**
 * The amendment of one target law inside an amending act: the sentence that names the target
 * (「…法（…）の一部を次のように改正する。」, empty when none was found) and its AmendProvision
 * blocks in order.
 */
public record Amendment(String targetSentence, List<Block.AmendProvision> provisions) {
  public Amendment {
    provisions = List.copyOf(provisions);
  }

  public int sentenceCount() {
    return provisions.stream().mapToInt(p -> p.sentences().size()).sum();
  }
}
