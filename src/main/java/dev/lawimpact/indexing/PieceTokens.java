package dev.lawimpact.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses each text piece of a law once and replays the tokens into every document that
 * contains the piece. An article's text is its paragraphs' text, which is their items' text, so
 * without this the same sentence went through Kuromoji up to four times; Kuromoji is most of the
 * index build's cost. Pieces are sentence-level units, so analysing them apart gives the same
 * tokens as analysing the joined text.
 */
final class PieceTokens {

  /** The tokens of one piece in parallel arrays (offsets relative to the piece). */
  private record Tokens(String[] terms, int[] starts, int[] ends, int[] incs) {}

  private final Analyzer analyzer;
  private final String field;
  private final Map<String, Tokens> cache = new HashMap<>();

  PieceTokens(Analyzer analyzer, String field) {
    this.analyzer = analyzer;
    this.field = field;
  }

  /** A stream over the pieces as if joined with one-character separators (see Law.fullText). */
  TokenStream stream(List<String> pieces) {
    List<Tokens> parts = new ArrayList<>(pieces.size());
    for (String p : pieces) parts.add(cache.computeIfAbsent(p, this::analyse));
    int[] shifts = new int[pieces.size()];
    int offset = 0;
    for (int i = 0; i < pieces.size(); i++) {
      shifts[i] = offset;
      offset += pieces.get(i).length() + 1;
    }
    return new Replay(parts, shifts);
  }

  private Tokens analyse(String text) {
    int n = 0;
    String[] terms = new String[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] incs = new int[16];
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == terms.length) {
          terms = Arrays.copyOf(terms, n * 2);
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
          incs = Arrays.copyOf(incs, n * 2);
        }
        terms[n] = term.toString();
        starts[n] = off.startOffset();
        ends[n] = off.endOffset();
        incs[n] = inc.getPositionIncrement();
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return new Tokens(Arrays.copyOf(terms, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(incs, n));
  }

  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final List<Tokens> parts;
    private final int[] shifts;
    private int part;
    private int index;
    private int finalOffset;

    Replay(List<Tokens> parts, int[] shifts) {
      this.parts = parts;
      this.shifts = shifts;
    }

    @Override
    public boolean incrementToken() {
      while (part < parts.size() && index >= parts.get(part).terms.length) {
        part++;
        index = 0;
      }
      if (part >= parts.size()) return false;
      clearAttributes();
      Tokens t = parts.get(part);
      term.setEmpty().append(t.terms[index]);
      int shift = shifts[part];
      off.setOffset(t.starts[index] + shift, t.ends[index] + shift);
      finalOffset = t.ends[index] + shift;
      // The first token of a piece never stacks onto the previous piece's last token.
      inc.setPositionIncrement(index == 0 && part > 0 ? Math.max(1, t.incs[index]) : t.incs[index]);
      index++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      off.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      part = 0;
      index = 0;
    }
  }
}
