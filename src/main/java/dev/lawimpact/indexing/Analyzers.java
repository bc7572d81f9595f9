package dev.lawimpact.indexing;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers, one per field family. Kuromoji in search mode splits compounds (電気通信事業者 →
 * 電気/通信/事業/者) so that parts of long legal terms match; the bigram field matches exact
 * phrases and words the dictionary does not know. Both are needed: neither alone finds both
 * 「通信の秘密」 as a phrase and 「秘密」 inside 「秘密の保護」.
 */
public final class Analyzers {
  private Analyzers() {}

  /** One thread's analyzers for indexing (analyzer instances are cheap to share, but kept per worker here). */
  public record PerThread(Analyzer kuromoji, Analyzer bigram) {}

  /** Kuromoji, search mode, with Lucene's default Japanese stop words and stop tags (particles). */
  public static Analyzer kuromoji() {
    return new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
        JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags());
  }

  /** Full-width/half-width folding, lower-casing, then CJK bigrams (lone CJK chars kept as unigrams). */
  public static Analyzer bigram() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /** The analyzer for indexing and query parsing: bigram fields get bigrams, the rest Kuromoji. */
  public static Analyzer perField() {
    Analyzer bigram = bigram();
    Map<String, Analyzer> m = new HashMap<>();
    m.put(Fields.TEXT_BIGRAM, bigram);
    m.put(Fields.CAPTION_BIGRAM, bigram);
    m.put(Fields.TITLE_BIGRAM, bigram);
    return new PerFieldAnalyzerWrapper(kuromoji(), m);
  }
}
