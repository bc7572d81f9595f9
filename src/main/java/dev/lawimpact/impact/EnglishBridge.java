package dev.lawimpact.impact;

import dev.lawimpact.citations.Glossary;
import dev.lawimpact.citations.TermPair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps English bill text onto Japanese statute vocabulary, sentence by sentence, so the same
 * recogniser and searches run on it: our policy word list (impact/en-ja.tsv) first, then the MoJ
 * Japanese–English legal term dictionary. Longest phrase wins (up to five words). Words with no
 * equivalent are reported, not guessed.
 */
final class EnglishBridge {

  private static final int MAX_WORDS = 5;
  private final Map<String, String> phrases = new HashMap<>();

  EnglishBridge(Glossary glossary) {
    if (glossary != null) {
      for (TermPair p : glossary.terms()) {
        String en = p.english().toLowerCase(Locale.ROOT).strip();
        // Only unambiguous dictionary entries: one headword per English phrase.
        if (en.length() >= 4 && !STOP.contains(en) && en.split(" ").length <= MAX_WORDS
            && glossary.japaneseFor(en).size() == 1) phrases.putIfAbsent(en, p.japanese());
      }
    }
    phrases.putAll(readSupplement());
  }

  /** A sentence of English text with its span and its Japanese rendering (terms joined by 、). */
  record Gloss(int start, int end, String japanese, List<String> unknown) {}

  List<Gloss> gloss(String text) {
    List<Gloss> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == ';'
          || (text.charAt(i) == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      if (!end) continue;
      int e = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
      String s = text.substring(start, Math.min(e, text.length()));
      if (!s.isBlank()) out.add(sentence(start, start + s.length(), s));
      start = i + 1;
    }
    return out;
  }

  private Gloss sentence(int start, int end, String s) {
    String[] words = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\\-' ]", " ").strip().split("\\s+");
    Set<String> ja = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    // Words rendered one after another with nothing between them form one Japanese compound
    // (reconstruction agency → 復興庁), as English noun phrases do; anything else separates them.
    StringBuilder compound = new StringBuilder();
    for (int i = 0; i < words.length; ) {
      int matched = 0;
      for (int n = Math.min(MAX_WORDS, words.length - i); n >= 1 && matched == 0; n--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        String j = phrases.get(phrase);
        if (j == null && n == 1 && phrase.endsWith("s")) j = phrases.get(phrase.substring(0, phrase.length() - 1));
        if (j != null) {
          if (isVerb(j)) {
            flush(ja, compound);
            ja.add(j);
          } else {
            compound.append(j);
          }
          matched = n;
        }
      }
      if (matched == 0) {
        flush(ja, compound);
        if (words[i].length() > 3 && !STOP.contains(words[i])) unknown.add(words[i]);
        matched = 1;
      }
      i += matched;
    }
    flush(ja, compound);
    return new Gloss(start, end, String.join("、", ja), unknown);
  }

  private static void flush(Set<String> out, StringBuilder compound) {
    if (compound.length() > 0) out.add(compound.toString());
    compound.setLength(0);
  }

  /** Renderings that are actions or qualifiers, not nouns: they never join a compound. */
  private static boolean isVerb(String ja) {
    return VERBS.contains(ja);
  }

  private static final Set<String> VERBS = Set.of("取得", "収集", "提供を求め", "義務", "監視", "分析", "保存", "アクセス", "無害化",
      "停止", "遮断", "命令", "立入検査", "置く", "新たな", "報告", "届出", "処する", "監督", "同意", "承認");

  private static final Set<String> STOP = Set.of("that", "this", "with", "from", "which", "where", "when", "their",
      "there", "shall", "will", "would", "should", "could", "have", "been", "into", "also", "other", "such", "they",
      "them", "than", "these", "those", "make", "made", "take", "taken", "allow", "allows", "lets", "under", "about",
      "within", "without", "between", "against", "including", "include", "includes", "must", "each", "every", "more",
      "the", "and", "for", "any", "all", "may", "can", "not", "its", "his", "her", "our", "are", "was", "were", "has",
      "used", "uses", "using", "means", "highly", "important", "serious", "provided", "sent");

  private static Map<String, String> readSupplement() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = EnglishBridge.class.getResourceAsStream("/impact/en-ja.tsv")) {
      if (in == null) return m;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        if (c.length == 2) m.put(c[0].strip().toLowerCase(Locale.ROOT), c[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
