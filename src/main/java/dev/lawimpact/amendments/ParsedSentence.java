package dev.lawimpact.amendments;

import java.util.List;

/**
 * One amendment sentence and what the parser made of it: the operations in order and the parts
 * it did not understand (never skipped silently). {@code clean} is true when every character
 * went into an operation.
 */
public record ParsedSentence(int index, String text, List<Operation> operations, List<ParseProblem> problems) {

  public ParsedSentence {
    operations = List.copyOf(operations);
    problems = List.copyOf(problems);
  }

  public boolean clean() {
    return problems.isEmpty() && !operations.isEmpty();
  }

  /** A part of a sentence the parser could not read: where it starts and what follows. */
  public record ParseProblem(int sentence, int position, String remainder, String message) {}
}
