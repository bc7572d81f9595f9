package dev.lawimpact.amendments;

import dev.lawimpact.statute.Law;
import java.util.List;

/** The amended law next to the law it came from, with what was parsed and what was refused. */
public record AmendmentResult(Law before, Law after, List<ParsedSentence> sentences, List<ApplyFailure> failures) {
  public AmendmentResult {
    sentences = List.copyOf(sentences);
    failures = List.copyOf(failures);
  }

  public List<Operation> operations() {
    return sentences.stream().flatMap(s -> s.operations().stream()).toList();
  }
}
