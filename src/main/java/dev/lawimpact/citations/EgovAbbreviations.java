package dev.lawimpact.citations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * e-Gov's 法令略称一覧 (egov_abb.json): a JSON array of {"num": law number as in {@code <LawNum>},
 * "abbs": [abbreviations]}. It joins to laws by law number; one abbreviation may name several laws.
 * Entries that cannot be read are skipped and reported.
 */
public record EgovAbbreviations(List<Entry> entries, List<Problem> problems) {

  /** The abbreviations of one law, keyed by the law number text. */
  public record Entry(String lawNumText, List<String> abbreviations) {
    public Entry {
      if (lawNumText == null || lawNumText.isBlank()) throw new IllegalArgumentException("law number required");
      abbreviations = List.copyOf(abbreviations);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public EgovAbbreviations {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  public static EgovAbbreviations empty() {
    return new EgovAbbreviations(List.of(), List.of());
  }

  public static EgovAbbreviations read(Path file) {
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return parse(source, in);
    } catch (IOException e) {
      return new EgovAbbreviations(List.of(), List.of(new Problem(source, "unreadable: " + e)));
    }
  }

  public static EgovAbbreviations parse(String source, InputStream in) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      return new EgovAbbreviations(List.of(), List.of(new Problem(source, "not JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      return new EgovAbbreviations(List.of(), List.of(new Problem(source, "unreadable: " + e)));
    }
    if (root == null || !root.isArray()) {
      return new EgovAbbreviations(List.of(), List.of(new Problem(source, "expected a JSON array of {num, abbs}")));
    }
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode e = root.get(i);
      JsonNode num = e.get("num");
      JsonNode abbs = e.get("abbs");
      if (num == null || !num.isTextual() || num.asText().isBlank() || abbs == null || !abbs.isArray()) {
        problems.add(new Problem(source, "entry " + i + ": needs a text \"num\" and an array \"abbs\""));
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode a : abbs) {
        if (a.isTextual() && !a.asText().isBlank()) names.add(a.asText().strip());
        else problems.add(new Problem(source, "entry " + i + " (" + num.asText() + "): non-text or blank abbreviation skipped"));
      }
      if (!names.isEmpty()) entries.add(new Entry(num.asText().strip(), names));
    }
    return new EgovAbbreviations(entries, problems);
  }

  public int abbreviationCount() {
    return entries.stream().mapToInt(e -> e.abbreviations().size()).sum();
  }
}
