package dev.lawimpact.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI labels, Japanese by default; English in messages/msg_en.properties. Templates use
 * {msg:key} (checked at build time); Java code gets a localized instance from {@link Lang#msg()}.
 * Statute text is never translated.
 */
@MessageBundle(locale = "ja")
public interface Msg {

  @Message("法令影響分析")
  String product_name();

  @Message("本文へ移動")
  String skip_to_content();

  @Message("主なページ")
  String nav_label();

  @Message("検索")
  String nav_search();

  @Message("表示言語")
  String lang_switch_label();

  @Message("法令本文は原文（日本語）のまま表示します。")
  String footer_note();

  @Message("法令検索")
  String search_title();

  @Message("キーワード・語句・条文の引用")
  String search_label();

  @Message("例：通信の秘密、\"通信の秘密\"、電気通信事業法第四条、憲法21条2項")
  String search_hint();

  @Message("検索")
  String search_button();

  @Message("{total} 件")
  String search_count(long total);

  @Message("{from}〜{to} 件目を表示")
  String search_showing(long from, long to);

  @Message("該当する条文はありません。")
  String search_none();

  @Message("もしかして：")
  String search_did_you_mean();

  @Message("絞り込み")
  String search_filters();

  @Message("法令の種別")
  String search_facet_type();

  @Message("法令")
  String search_facet_law();

  @Message("絞り込みを解除")
  String search_clear_filters();

  @Message("検索結果のページ")
  String search_paging();

  @Message("前へ")
  String search_prev();

  @Message("次へ")
  String search_next();

  @Message("「{name}」は複数の法令に当たります。法令を選んでください：")
  String search_ambiguous(String name);

  @Message("「{name}」の引用先の条項はこの索引にありません。")
  String search_citation_missing(String name);

  @Message("検索語を解釈できません：")
  String search_bad_query();

  @Message("目次")
  String law_toc();

  @Message("法令番号")
  String law_number();

  @Message("種別")
  String law_type();

  @Message("条文数")
  String law_articles();

  @Message("改正履歴（附則）")
  String law_history();

  @Message("改正附則はありません。")
  String law_history_none();

  @Message("本文")
  String law_text();

  @Message("引用元・関連")
  String law_select();

  @Message("{label} を引用する規定と関連規定を表示")
  String law_select_title(String label);

  @Message("選択中の条項")
  String law_selected();

  @Message("引用元（{total} 件）")
  String law_cited_by(long total);

  @Message("この条項を引用する規定はありません。")
  String law_cited_by_none();

  @Message("ほか {more} 件")
  String law_more(long more);

  @Message("この法令を引用している法令")
  String law_citing_laws();

  @Message("この法令を引用している他の法令はありません。")
  String law_citing_laws_none();

  @Message("{count} 規定")
  String law_citing_count(long count);

  @Message("関連規定（概念リンク）")
  String law_concepts();

  @Message("関連規定は見つかりませんでした。")
  String law_concepts_none();

  @Message("確度")
  String law_confidence();

  @Message("根拠")
  String law_evidence();

  @Message("選択を解除")
  String law_clear_selection();

  @Message("条の見出しの「引用元・関連」を選ぶと、その条を引用する規定と関連規定がここに表示されます。")
  String law_select_hint();

  @Message("参照")
  String law_panel();

  @Message("索引を作成しています")
  String progress_title();

  @Message("{done} / {total} 法令")
  String progress_count(int done, int total);

  @Message("{done} 法令を処理済み")
  String progress_count_unknown(int done);

  @Message("初回の起動では法令全体の索引を作成します。完了するとこのページは自動的に表示を切り替えます。")
  String progress_text();

  @Message("索引を利用できません")
  String progress_failed();

  @Message("再読み込み")
  String progress_reload();

  @Message("ページが見つかりません")
  String error_not_found();

  @Message("入力内容を確認してください")
  String error_bad_request();

  @Message("検索に戻る")
  String error_back();

  // ---- impact analysis page ----

  @Message("影響分析")
  String nav_impact();

  @Message("法案の影響分析")
  String impact_title();

  @Message("法案の本文・要綱（日本語又は英語）、e-Gov XML 又は HTML")
  String impact_text_label();

  @Message("法案の本文を貼り付けるか、ファイルを選択してください。法律名を挙げなくても、措置の内容から関係法令を探します。")
  String impact_hint();

  @Message("又はファイル（.txt, .xml, .html）")
  String impact_file_label();

  @Message("題名（任意）")
  String impact_title_label();

  @Message("言語")
  String impact_language_label();

  @Message("自動判定")
  String impact_language_auto();

  @Message("分析する")
  String impact_button();

  @Message("分析できません：")
  String impact_error();

  @Message("憲法上の制約")
  String impact_constraints();

  @Message("改正が必要となる可能性のある法律（{count}件）")
  String impact_laws(int count);

  @Message("認識された措置")
  String impact_measures();

  @Message("法案本文（措置を強調表示）")
  String impact_bill_text();

  @Message("根拠条文")
  String impact_evidence();

  @Message("CSV で保存")
  String impact_csv();

  @Message("Markdown で保存")
  String impact_md();

  @Message("印刷")
  String impact_print();

  @Message("診断")
  String impact_diagnostics();

  @Message("{ms} ミリ秒で分析（{chars} 文字）")
  String impact_elapsed(long ms, int chars);

  // ---- amendments page ----

  @Message("改正・対照表")
  String nav_amend();

  @Message("改め文の適用と新旧対照表")
  String amend_title();

  @Message("改正法案（改め文）又は e-Gov XML")
  String amend_text_label();

  @Message("「…法（…号）の一部を次のように改正する。」で始めると対象法令を自動で判定します。改め文の後に新しい条文を続けて書くことができます。")
  String amend_hint();

  @Message("対象法令の法令ID（任意）")
  String amend_target_label();

  @Message("比較する第二案（任意）")
  String amend_draft2_label();

  @Message("適用する")
  String amend_button();

  @Message("適用できません：")
  String amend_error();

  @Message("改正操作（{parsed}／{total} 文を解析）")
  String amend_operations(int parsed, int total);

  @Message("適用できなかった箇所・解析できなかった箇所")
  String amend_failures();

  @Message("新旧対照表")
  String amend_table();

  @Message("改正後")
  String amend_after();

  @Message("改正前")
  String amend_before();

  @Message("（傍線部分は改正部分）")
  String amend_underline_note();

  @Message("変更はありません。")
  String amend_no_change();

  @Message("第一案と第二案の相違（改め文）")
  String amend_draft_sentences();

  @Message("第一案と第二案の相違（改正後の法令）")
  String amend_draft_results();

  @Message("第一案")
  String amend_draft1();

  @Message("第二案")
  String amend_draft2();

  @Message("草案ワークスペース")
  String nav_drafts();
}
