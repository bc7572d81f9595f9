package dev.lawimpact.bench;

import dev.lawimpact.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed benchmark query set: what policy staff type when asking "which provisions touch X".
 * Never change a query in place (it would make old results incomparable); add new ones at the end
 * and bump {@link #VERSION}, which every results table prints.
 *
 * <p>Kinds: {@code keyword} (one plain chunk, analysed into Kuromoji words + bigram phrase),
 * {@code boolean} (AND / OR / NOT / field syntax), {@code phrase} (quoted, exact bigram phrase),
 * {@code citation} (a law name plus an article; the service may resolve it as a citation once
 * citation support lands, until then it is a text query), {@code filtered} (lawType filter).
 */
public final class QuerySet {

  /** Bumped whenever the list changes. */
  public static final String VERSION = "qs-1";

  /** Result page size used by every mode (the UI's default). */
  public static final int LIMIT = 10;

  /** One query: a short id for tables, the text typed, optional lawType filter, and its kind. */
  public record BenchQuery(String id, String q, List<String> lawTypes, String kind) {
    public BenchQuery {
      lawTypes = List.copyOf(lawTypes);
    }

    public SearchRequest request() {
      return new SearchRequest(q, lawTypes, null, LIMIT, 0);
    }

    /** The query string for GET /api/search (without the leading '?'). */
    public String httpQuery() {
      StringBuilder sb = new StringBuilder("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
      for (String t : lawTypes) sb.append("&lawType=").append(URLEncoder.encode(t, StandardCharsets.UTF_8));
      sb.append("&limit=").append(LIMIT);
      return sb.toString();
    }

    /** How the query reads in a Markdown table (pipes escaped). */
    public String display() {
      String s = q + (lawTypes.isEmpty() ? "" : " [lawType=" + String.join(",", lawTypes) + "]");
      return s.replace("|", "\\|");
    }
  }

  private static BenchQuery q(String id, String kind, String q, String... lawTypes) {
    return new BenchQuery(id, q, List.of(lawTypes), kind);
  }

  private static final List<BenchQuery> ALL = List.of(
      // keywords and phrases as typed (no operators)
      q("k01", "keyword", "通信の秘密"),
      q("k02", "keyword", "個人情報"),
      q("k03", "keyword", "不正アクセス"),
      q("k04", "keyword", "特定秘密"),
      q("k05", "keyword", "無線局の免許"),
      q("k06", "keyword", "電気通信事業者"),
      q("k07", "keyword", "公務員の守秘義務"),
      q("k08", "keyword", "サイバーセキュリティ"),
      q("k09", "keyword", "自衛隊の任務"),
      q("k10", "keyword", "警察官の職務"),
      q("k11", "keyword", "行政機関の保有する情報"),
      q("k12", "keyword", "罰則"),
      q("k13", "keyword", "傍受"),
      q("k14", "keyword", "電磁的記録"),
      q("k15", "keyword", "重要インフラ"),
      q("k16", "keyword", "電気通信事業者 通信の秘密 侵害"),
      // operators, quotes, field syntax
      q("b01", "boolean", "個人情報 AND 第三者提供"),
      q("b02", "boolean", "通信の秘密 OR 信書の秘密"),
      q("b03", "boolean", "暗号 OR 電子署名"),
      q("b04", "boolean", "秘密 NOT 特定秘密"),
      q("b05", "boolean", "caption:罰則 AND 懲役"),
      q("p01", "phrase", "\"電気通信役務\""),
      q("p02", "phrase", "\"秘密を漏らした\""),
      // citation style (resolved as citations once citation support lands)
      q("c01", "citation", "電気通信事業法第四条"),
      q("c02", "citation", "憲法21条2項"),
      q("c03", "citation", "電波法 59条"),
      q("c04", "citation", "不正アクセス禁止法第三条"),
      q("c05", "citation", "Article 21 of the Constitution"),
      // narrow: lawType filter
      q("f01", "filtered", "通信の秘密", "Constitution"),
      q("f02", "filtered", "無線局の免許", "Act"),
      q("f03", "filtered", "罰則", "CabinetOrder", "MinisterialOrdinance"));

  private QuerySet() {}

  public static List<BenchQuery> all() {
    return ALL;
  }
}
