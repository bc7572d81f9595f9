package dev.lawimpact.web;

import java.util.List;
import java.util.function.Function;

/**
 * The pages listed in the header navigation, in order. Only pages that exist are listed.
 *
 * <p>To add a page (impact analysis, amendments / 新旧対照表, drafts):
 * <ol>
 *   <li>a resource that takes the language with {@code Lang.of(headers, langParam)} and answers with
 *       {@code Html.guard(lang, back, manager, () -> Html.ok(lang, YourTemplates.page(Frame.of(lang, "impact", title,
 *       back), model)))} (guard turns index-not-ready into the progress page and 400/404 into error pages);
 *   <li>a checked template that wraps its body in {@code {#include web/layout}…{/include}} and takes
 *       a {@code Frame frame} parameter;
 *   <li>a label method in {@link Msg} and its English line in messages/msg_en.properties;
 *   <li>one line in {@link #PAGES} below, e.g. {@code new Page("impact", "/impact", Msg::nav_impact)};
 *       the id is the one passed to {@code Frame.of}, which marks the entry as the current page.
 * </ol>
 */
public final class Nav {
  private Nav() {}

  /** One navigation entry: id (used to mark the current page), link, localized label. */
  public record Page(String id, String href, Function<Msg, String> label) {}

  public static final List<Page> PAGES = List.of(
      new Page("search", "/search", Msg::nav_search),
      new Page("impact", "/impact", Msg::nav_impact),
      new Page("amend", "/amend", Msg::nav_amend),
      new Page("drafts", "/drafts", Msg::nav_drafts));

  /** An entry as rendered. */
  public record Item(String href, String label, boolean current) {}

  static List<Item> items(Msg msg, String currentId) {
    return PAGES.stream().map(p -> new Item(p.href(), p.label().apply(msg), p.id().equals(currentId))).toList();
  }
}
