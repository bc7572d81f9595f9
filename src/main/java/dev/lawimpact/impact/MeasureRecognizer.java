package dev.lawimpact.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds policy measures in Japanese bill text, sentence by sentence, from the way Japanese
 * legislation and policy outlines phrase them: what is created (…を置く, 新設), what a body is given
 * to do (つかさどる, 任務), what is obtained (取得, 提供を求める), what is done to others (措置, 停止),
 * duties (しなければならない) and penalties (処する). The cues are the language of statutes, not of
 * any particular bill.
 */
final class MeasureRecognizer {

  /** A sentence of the analysed text: [start, end) and the Japanese words it is analysed by. */
  record Sentence(int start, int end, String japanese) {}

  static final String ORG_SUFFIX = "委員会|審議会|協議会|事務局|補佐官|本部|会議|機構|センター|長官|法人|庁|局|官|監|室";
  private static final Pattern SUFFIX = Pattern.compile("(" + ORG_SUFFIX + ")$");
  private static final Pattern ESTABLISH_VERB = Pattern.compile("置く|置き|置か|設置|設け|新設|創設|設立");
  private static final Map<MeasureType, Pattern> CUES = new EnumMap<>(MeasureType.class);

  static {
    CUES.put(MeasureType.ASSIGN, Pattern.compile("所掌|つかさど|任務|事務を行|担わせ|担う|権限を|行わせ|行うものとする"));
    CUES.put(MeasureType.ACQUIRE, Pattern.compile(
        "取得|収集|提供を求め|提供させ|提出を求め|報告を求め|傍受|監視|分析|保存|蓄積|把握|照会|入手|受け取"));
    CUES.put(MeasureType.INTERVENE, Pattern.compile(
        "措置をと|措置を命|無害化|無力化|停止|遮断|侵入|アクセス|立入|立ち入|捜索|押収|差押|命令|排除|削除|強制"));
    CUES.put(MeasureType.OBLIGE, Pattern.compile("義務|しなければならない|届け出|届出|報告しなければ|協力しなければ|努めなければ"));
    CUES.put(MeasureType.PENALISE, Pattern.compile("罰則|罰金|懲役|禁錮|拘禁刑|処する|過料"));
  }

  /** Words naming an acting body: the end of a compound noun. */
  private static final Pattern ACTOR = Pattern.compile(
      ".*(大臣|省|庁|委員会|本部|局|官房|内閣|警察|自衛隊|機構|長官|事業者|部隊|府|政府)$");
  private static final Pattern NEW_PREFIX = Pattern.compile("^(新たな|新たに|新しい|新設の|新設する|独立の|独立した)");

  private MeasureRecognizer() {}

  /** Sentences of Japanese text: split after 。 and at line ends; spans in the text. */
  static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '。';
      if (!end) continue;
      int e = i < text.length() && text.charAt(i) == '。' ? i + 1 : i;
      String s = text.substring(start, e);
      if (!s.isBlank()) out.add(new Sentence(start, e, s));
      start = i + 1;
    }
    return out;
  }

  /** Every measure in the sentences, in text order; ids m1, m2 … */
  static List<Measure> recognise(String text, List<Sentence> sentences) {
    List<Measure> out = new ArrayList<>();
    for (Sentence s : sentences) {
      String ja = s.japanese();
      List<Terms.Term> terms = Terms.of(ja);
      Set<String> actors = new LinkedHashSet<>();
      Set<String> content = new LinkedHashSet<>();
      for (Terms.Term t : terms) {
        if (!t.verb() && ACTOR.matcher(t.text()).matches()) actors.add(stripNew(t.text()));
        else content.add(t.text());
      }
      String sentence = text.substring(s.start(), s.end());
      Set<String> names = new LinkedHashSet<>();
      // Terms by where they end, so each verb looks only at those ending within 12 characters before
      // it (scanning every term for every verb was quadratic: a long run of 置く took seconds).
      List<Terms.Term> byEnd = terms.stream().sorted(java.util.Comparator.comparingInt(Terms.Term::end)).toList();
      int[] ends = byEnd.stream().mapToInt(Terms.Term::end).toArray();
      Matcher est = ESTABLISH_VERB.matcher(ja);
      while (est.find()) {
        // the created body is the last body-like compound noun written shortly before the verb
        String name = "";
        for (int k = firstAtLeast(ends, est.start() - 12); k < ends.length && ends[k] <= est.start(); k++) {
          Terms.Term t = byEnd.get(k);
          if (t.verb()) continue;
          if (!suffixOf(stripNew(t.text())).isEmpty()) name = stripNew(t.text());
        }
        if (name.length() >= 2) names.add(name);
      }
      for (String name : names) {
        out.add(new Measure("m" + (out.size() + 1), MeasureType.ESTABLISH, s.start(), s.end(), sentence,
            actors.stream().filter(a -> !a.equals(name)).toList(), List.copyOf(content), name));
      }
      for (Map.Entry<MeasureType, Pattern> cue : CUES.entrySet()) {
        if (!cue.getValue().matcher(ja).find()) continue;
        if (cue.getKey() == MeasureType.ASSIGN && actors.isEmpty()) continue;
        out.add(new Measure("m" + (out.size() + 1), cue.getKey(), s.start(), s.end(), sentence, List.copyOf(actors),
            List.copyOf(content), ""));
      }
    }
    return out;
  }

  /** Index of the first value >= key in a sorted array (its length when none). */
  private static int firstAtLeast(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  static String stripNew(String s) {
    return NEW_PREFIX.matcher(s).replaceFirst("");
  }

  /** The kind of body a name denotes, by its ending (委員会, 庁, 官 …), or "" when none. */
  static String suffixOf(String name) {
    Matcher m = SUFFIX.matcher(name);
    return m.find() ? m.group(1) : "";
  }
}
