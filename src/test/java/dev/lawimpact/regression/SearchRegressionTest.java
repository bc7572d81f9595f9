package dev.lawimpact.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.indexing.Fields;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.LawSummary;
import dev.lawimpact.search.SearchRequest;
import dev.lawimpact.search.SearchResult;
import dev.lawimpact.search.SearchService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Re-measures search accuracy on the real corpus and checks it against regression/expected.tsv.
 * Every row is evaluated and written to target/regression/search-actual.tsv before any assertion,
 * so one run shows all regressions at once.
 */
@Tag("corpus")
@Tag("regression")
class SearchRegressionTest {

  private static final Path EXPECTED = Path.of("regression/expected.tsv");
  private static final Path ACTUAL = Path.of("target/regression/search-actual.tsv");
  private static final int SAMPLE = 400;

  @Test
  void accuracyMatchesTheCheckedInTable() throws IOException {
    LawIndex index = CorpusIndex.index();
    SearchService search = CorpusIndex.search();
    Map<String, Double> citationScores = new HashMap<>();
    List<String> out = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t");
      // rows scored by their own test classes (ReferenceGoldTest, ConceptGoldTest, ImpactRegressionTest, amendment tests)
      if (c[0].startsWith("refs") || c[0].equals("concepts") || c[0].startsWith("impact") || c[0].startsWith("amend")) continue;
      String check = c[0], query = c[1], expected = c[2], arg = c[3];
      String actual;
      boolean ok;
      switch (check) {
        case "corpus" -> {
          long v = corpusCount(index, query);
          actual = String.valueOf(v);
          ok = Math.abs(v - Long.parseLong(expected)) <= Long.parseLong(arg);
        }
        case "top", "first" -> {
          int n = check.equals("first") ? 1 : Integer.parseInt(arg);
          List<SearchResult.Hit> hits = search.search(new SearchRequest(query, List.of(), null, Math.max(n, 10), 0)).hits();
          int rank = rankOf(hits, expected, check.equals("first"));
          actual = rank < 0 ? "absent" : "rank " + (rank + 1);
          ok = rank >= 0 && rank < n;
        }
        case "incoming" -> {
          // query = a provision; expected = a provision whose text must cite it (or something inside it)
          ProvisionPathParts q = ProvisionPathParts.of(query);
          var page = new dev.lawimpact.search.LinkService(index).links(q.lawId(), q.local(), "in", 500, 0);
          boolean found = page.links().stream().anyMatch(l -> l.source().equals(expected) || l.source().startsWith(expected + "-"));
          actual = (found ? "present" : "absent") + " among " + page.total();
          ok = found;
        }
        case "concept" -> {
          // query = anchor provision; expected = a unit that must be among its first N concept links
          ProvisionPathParts q = ProvisionPathParts.of(query);
          int n = Integer.parseInt(arg);
          var links = new dev.lawimpact.search.ConceptLinks(index, new dev.lawimpact.search.LinkService(index))
              .find(q.lawId(), q.local(), n).links();
          int rank = -1;
          for (int i = 0; i < links.size() && rank < 0; i++) {
            String p = links.get(i).path();
            if (p.equals(expected) || p.startsWith(expected + "-")) rank = i;
          }
          actual = rank < 0 ? "absent" : "rank " + (rank + 1);
          ok = rank >= 0;
        }
        case "citations" -> {
          if (citationScores.isEmpty()) citationScores.putAll(generatedCitations(index, search));
          double v = citationScores.get(query);
          actual = String.format(Locale.ROOT, "%.4f", v);
          ok = v >= Double.parseDouble(expected);
        }
        default -> throw new IllegalStateException("unknown check " + check + " in " + EXPECTED);
      }
      out.add(String.join("\t", check, query, expected, arg, actual, ok ? "ok" : "REGRESSION"));
      if (!ok) failures.add(line + " -> " + actual);
    }
    Files.createDirectories(ACTUAL.getParent());
    Files.write(ACTUAL, out, StandardCharsets.UTF_8);
    out.forEach(System.out::println);
    assertTrue(failures.isEmpty(), "regressions against " + EXPECTED + ":\n" + String.join("\n", failures));
  }

  /** "lawId/local" split for the link service. */
  private record ProvisionPathParts(String lawId, String local) {
    static ProvisionPathParts of(String s) {
      int slash = s.indexOf('/');
      return new ProvisionPathParts(s.substring(0, slash), s.substring(slash + 1));
    }
  }

  private static long corpusCount(LawIndex index, String what) {
    var r = index.report();
    return switch (what) {
      case "laws" -> r.laws();
      case "articles" -> r.articles();
      case "provisions" -> r.provisions();
      case "problems" -> r.problems().size();
      default -> throw new IllegalStateException("unknown corpus count " + what);
    };
  }

  /** Rank of the expected target: exact path for "first", else any hit inside the expected unit. */
  private static int rankOf(List<SearchResult.Hit> hits, String expected, boolean exact) {
    for (int i = 0; i < hits.size(); i++) {
      SearchResult.Hit h = hits.get(i);
      String id = h.path().isEmpty() ? h.lawId() : h.lawId() + "/" + h.path();
      if (exact ? id.equals(expected) : (id.equals(expected) || id.startsWith(expected + "-"))) return i;
    }
    return -1;
  }

  /**
   * Citations generated from the corpus itself: a fixed-seed sample of main-provision articles,
   * paragraphs and items of all laws, each cited as 「title + label」 (kanji), with Arabic
   * numerals (4条1項), and through an e-Gov abbreviation where the law has one. The score is the
   * share whose first hit is exactly the sampled provision; misses are printed.
   */
  private static Map<String, Double> generatedCitations(LawIndex index, SearchService search) throws IOException {
    IndexSearcher s = index.searcher();
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.DOC_TYPE, "provision")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.PART, "main")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.DELETED, "true")), Occur.MUST_NOT)
        .build();
    TopDocs all = s.search(q, index.reader().maxDoc());
    // Document order depends on indexing threads; order by id so the sample is the same every build.
    List<String> ids = new ArrayList<>(all.scoreDocs.length);
    for (ScoreDoc sd : all.scoreDocs) ids.add(s.storedFields().document(sd.doc, java.util.Set.of(Fields.ID)).get(Fields.ID));
    java.util.Collections.sort(ids);
    Random rnd = new Random(20261125L);
    Map<String, String> abbreviations = Abbreviations.uniqueByLawId(CorpusIndex.ROOT, index);
    int[] tried = new int[3];
    int[] hit = new int[3];
    int picked = 0;
    while (picked < SAMPLE) {
      String id = ids.get(rnd.nextInt(ids.size()));
      int docId = s.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs[0].doc;
      if (isSoleParagraph(s, docId)) continue; // cited as its article; not separately addressable
      Document d = s.storedFields().document(docId);
      String kind = d.get(Fields.KIND);
      if (!(kind.equals("ARTICLE") || kind.equals("PARAGRAPH") || kind.equals("ITEM"))) continue;
      picked++;
      String target = d.get(Fields.ID);
      LawSummary law = index.law(d.get(Fields.LAW_ID)).orElseThrow();
      String label = d.get(Fields.LABEL);
      String[] forms = {law.title() + label, law.title() + arabic(label),
          abbreviations.containsKey(law.lawId()) ? abbreviations.get(law.lawId()).replaceFirst("[\\s　]+抄$", "") + label : null};
      for (int f = 0; f < forms.length; f++) {
        if (forms[f] == null) continue;
        tried[f]++;
        List<SearchResult.Hit> hits = search.search(new SearchRequest(forms[f], List.of(), null, 1, 0)).hits();
        String first = hits.isEmpty() ? "" : hits.get(0).lawId() + "/" + hits.get(0).path();
        if (first.equals(target) && "citation".equals(hits.get(0).match())) hit[f]++;
        else System.out.println("citation miss [" + f + "] " + forms[f] + " -> " + (first.isEmpty() ? "no hit" : first) + " (want " + target + ")");
      }
    }
    System.out.printf("generated citations: kanji %d/%d, arabic %d/%d, abbreviation %d/%d%n",
        hit[0], tried[0], hit[1], tried[1], hit[2], tried[2]);
    return Map.of("kanji", hit[0] / (double) tried[0], "arabic", hit[1] / (double) tried[1],
        "abbreviation", tried[2] == 0 ? 0 : hit[2] / (double) tried[2]);
  }

  private static boolean isSoleParagraph(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    NumericDocValues v = leaf.reader().getNumericDocValues(Fields.SOLE_PARAGRAPH);
    return v != null && v.advanceExact(doc - leaf.docBase);
  }

  private static final Pattern KANJI_UNIT = Pattern.compile("第([〇一二三四五六七八九十百千]+)(条|項|号)?(?:の([〇一二三四五六七八九十百千]+))?");

  /**
   * 第四条第一項 → 4条1項, 第六条の二第三号 → 6条の2第3号 (how drafters type citations: 第 is kept
   * only where a branch number would otherwise run into the next number).
   */
  static String arabic(String label) {
    Matcher m = KANJI_UNIT.matcher(label);
    StringBuilder sb = new StringBuilder();
    boolean afterBranch = false;
    while (m.find()) {
      String rep = (afterBranch ? "第" : "") + Numerals.parse(m.group(1)).getAsInt() + (m.group(2) == null ? "" : m.group(2))
          + (m.group(3) == null ? "" : "の" + Numerals.parse(m.group(3)).getAsInt());
      afterBranch = m.group(3) != null;
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
