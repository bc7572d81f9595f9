package dev.lawimpact.impact;

import java.util.List;

/**
 * A policy measure recognised in the bill: its kind, the span [start, end) of the sentence it
 * came from in the analysed text, that sentence, the bodies acting in it, its content terms, and
 * for ESTABLISH the name of what is created (empty when unnamed).
 */
public record Measure(String id, MeasureType type, int start, int end, String text, List<String> actors,
    List<String> terms, String name) {

  public Measure {
    actors = List.copyOf(actors);
    terms = List.copyOf(terms);
    name = name == null ? "" : name;
  }
}
