package dev.lawimpact.search;

import dev.lawimpact.indexing.Analyzers;
import dev.lawimpact.indexing.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user types into a Lucene query. Syntax is Lucene's classic one (AND, OR, NOT, -,
 * +, quotes, parentheses, field:term for text and caption); every plain word becomes:
 * all its Kuromoji words present (each in the text or the caption, the caption weighing more),
 * or the exact character sequence (bigram phrase). So 「通信の秘密」 finds the phrase and also an
 * article captioned （秘密の保護） about 無線通信. Wildcards, fuzzy and range queries are refused
 * with a message rather than run, since they do not fit Japanese text analysis.
 */
public final class QueryBuilder {

  private static final Set<String> USER_FIELDS = Set.of(Fields.TEXT, Fields.CAPTION);
  private static final float CAPTION_BOOST = 3f;
  private static final float PHRASE_BOOST = 0.5f;
  static final int MAX_QUERY_LENGTH = 1000;

  private final Analyzer kuromoji = Analyzers.kuromoji();
  private final Analyzer bigram = Analyzers.bigram();

  /** Parses the query; throws BadQueryException saying what is wrong. */
  public Query build(String userQuery) {
    if (userQuery == null || userQuery.isBlank()) throw new BadQueryException("query 'q' is empty");
    if (userQuery.length() > MAX_QUERY_LENGTH) {
      throw new BadQueryException("query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    Parser p = new Parser();
    try {
      Query q = p.parse(normaliseSpaces(userQuery));
      if (q == null || (q instanceof BooleanQuery b && b.clauses().isEmpty())) {
        throw new BadQueryException("query has no searchable words: " + userQuery);
      }
      return q;
    } catch (ParseException e) {
      throw new BadQueryException("query syntax: " + firstLine(e.getMessage()));
    } catch (BooleanQuery.TooManyClauses e) {
      throw new BadQueryException("query has too many terms");
    }
  }

  /** Japanese input often separates words with an ideographic space. */
  static String normaliseSpaces(String q) {
    return q.replace('　', ' ').strip();
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid query";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Query for one plain chunk of text in the text and caption fields. */
  Query textQuery(String chunk, boolean exactOnly) {
    List<String> words = exactOnly ? List.of() : tokens(kuromoji, Fields.TEXT, chunk, true);
    Query textPhrase = bigramPhrase(Fields.TEXT_BIGRAM, chunk);
    Query captionPhrase = bigramPhrase(Fields.CAPTION_BIGRAM, chunk);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!words.isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String w : words) {
        all.add(new DisjunctionMaxQuery(List.of(
            new TermQuery(new Term(Fields.TEXT, w)),
            new BoostQuery(new TermQuery(new Term(Fields.CAPTION, w)), CAPTION_BOOST)), 0.1f), Occur.MUST);
      }
      any.add(all.build(), Occur.SHOULD);
    }
    if (textPhrase != null) any.add(new BoostQuery(textPhrase, PHRASE_BOOST), Occur.SHOULD);
    if (captionPhrase != null) any.add(new BoostQuery(captionPhrase, PHRASE_BOOST * CAPTION_BOOST), Occur.SHOULD);
    BooleanQuery q = any.setMinimumNumberShouldMatch(1).build();
    return q.clauses().isEmpty() ? null : q;
  }

  private Query bigramPhrase(String field, String chunk) {
    return bigramPhrase(bigram, field, chunk);
  }

  /** The exact character sequence as a phrase of CJK bigrams (a term query when it is one bigram); null when empty. */
  public static Query bigramPhrase(Analyzer bigram, String field, String chunk) {
    List<String> grams = tokens(bigram, field, chunk, false);
    if (grams.isEmpty()) return null;
    if (grams.size() == 1) return new TermQuery(new Term(field, grams.get(0)));
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i < grams.size(); i++) b.add(new Term(field, grams.get(i)), i);
    return b.build();
  }

  /** Tokens of the text; with decompoundOnly, Kuromoji's whole-compound tokens (length > 1) are left out. */
  public static List<String> tokens(Analyzer a, String field, String text, boolean decompoundOnly) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (decompoundOnly && len.getPositionLength() > 1) continue;
        String t = term.toString();
        if (!decompoundOnly || !out.contains(t)) out.add(t);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Classic syntax with our own leaf queries. */
  private final class Parser extends QueryParser {
    Parser() {
      super(Fields.TEXT, kuromoji);
      setDefaultOperator(Operator.AND);
      setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      checkField(field);
      Query text = textQuery(queryText, quoted);
      if (text == null) return null;
      if (Fields.CAPTION.equals(field)) {
        List<String> words = tokens(kuromoji, Fields.CAPTION, queryText, true);
        Query phrase = bigramPhrase(Fields.CAPTION_BIGRAM, queryText);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!quoted && !words.isEmpty()) {
          BooleanQuery.Builder all = new BooleanQuery.Builder();
          for (String w : words) all.add(new TermQuery(new Term(Fields.CAPTION, w)), Occur.MUST);
          b.add(all.build(), Occur.SHOULD);
        }
        if (phrase != null) b.add(phrase, Occur.SHOULD);
        BooleanQuery q = b.setMinimumNumberShouldMatch(1).build();
        return q.clauses().isEmpty() ? null : q;
      }
      return text;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return getFieldQuery(field, queryText, true);
    }

    private void checkField(String field) throws ParseException {
      if (!USER_FIELDS.contains(field)) {
        throw new ParseException("unknown field '" + field + "'; searchable fields are text and caption");
      }
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      throw new ParseException("wildcards (* ?) are not supported: '" + termStr + "'");
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      throw new ParseException("prefix queries (word*) are not supported: '" + termStr + "*'");
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      throw new ParseException("fuzzy queries (~) are not supported: '" + termStr + "'");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      throw new ParseException("range queries are not supported");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions are not supported: '/" + termStr + "/'");
    }
  }
}
