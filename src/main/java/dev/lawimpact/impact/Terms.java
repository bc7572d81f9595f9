package dev.lawimpact.impact;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Content terms of Japanese text: compound nouns (consecutive nouns joined, 電気通信事業者) and the
 * base forms of independent verbs, each with its span. Kuromoji's normal mode keeps compounds whole
 * where its dictionary has them; joining adjacent nouns rebuilds the rest. Function nouns that
 * carry no subject (こと, 場合, 規定 …) are not terms.
 */
final class Terms {

  /** A term and where it was written. verb: a verb's base form (取得する → 取得 is a noun here). */
  record Term(String text, int start, int end, boolean verb) {}

  /** Nouns that occur in every statute and say nothing about the subject of a bill. */
  static final Set<String> FUNCTION_NOUNS = Set.of("こと", "もの", "者", "等", "場合", "規定", "事項", "必要", "前項",
      "同項", "各号", "次", "法律", "政令", "命令", "条", "項", "号", "当該", "ため", "ほか", "限り", "とき", "旨", "関係",
      "内容", "方法", "適用", "以下", "以上", "前", "後", "他", "上", "中", "間", "際", "下", "うち", "おそれ", "それぞれ",
      "同条", "同号", "前条", "次条", "本則", "附則", "別表", "第", "一部", "全部", "所", "的", "性", "化", "本法", "この法律",
      "これ", "その", "それ", "ところ", "とおり", "程度", "範囲", "目的", "対象", "実施", "必要事項", "一", "二", "三");

  private Terms() {}

  static List<Term> of(String text) {
    List<Term> out = new ArrayList<>();
    try (JapaneseTokenizer tok = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
      CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
      BaseFormAttribute base = tok.addAttribute(BaseFormAttribute.class);
      tok.setReader(new StringReader(text));
      tok.reset();
      StringBuilder compound = new StringBuilder();
      int cStart = -1;
      int cEnd = -1;
      while (tok.incrementToken()) {
        String p = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
        String s = term.toString();
        boolean noun = p.startsWith("名詞") && !p.startsWith("名詞-数") && !p.startsWith("名詞-非自立")
            && !p.startsWith("名詞-代名詞") && !s.equals("等") && !s.equals("及び") && !s.equals("又は");
        boolean prefix = p.startsWith("接頭詞-名詞接続");
        if ((noun || prefix) && compound.length() > 0 && off.startOffset() != cEnd) flush(out, compound, cStart, cEnd);
        if (noun || (prefix && compound.length() == 0)) {
          if (compound.length() == 0) cStart = off.startOffset();
          compound.append(s);
          cEnd = off.endOffset();
          continue;
        }
        flush(out, compound, cStart, cEnd);
        if (p.startsWith("動詞-自立")) {
          String b = base.getBaseForm() == null ? s : base.getBaseForm();
          if (b.length() > 1) out.add(new Term(b, off.startOffset(), off.endOffset(), true));
        }
      }
      flush(out, compound, cStart, cEnd);
      tok.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void flush(List<Term> out, StringBuilder compound, int start, int end) {
    if (compound.length() == 0) return;
    String s = compound.toString();
    compound.setLength(0);
    if (FUNCTION_NOUNS.contains(s) || s.length() < 2 || s.chars().allMatch(Character::isDigit)) return;
    out.add(new Term(s, start, end, false));
  }
}
