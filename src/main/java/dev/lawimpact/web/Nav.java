package dev.lawimpact.web;

import java.util.List;
import java.util.function.Function;

/**
 * The pages listed in the header navigation, in order. Only pages that exist are listed.
 *
 * <p>To add a page (impact analysis, amendments / 新旧対照表, drafts): write its resource and its
 * template (which includes {@code web/layout} and passes a {@link Frame}), add a label method
 * to {@link Msg} and its English line to messages/msg_en.properties, then add one line to
 * {@link #PAGES} below, e.g. {@code new Page("impact", "/impact", Msg::nav_impact)}. The page's
 * resource builds its frame with {@code Frame.of(lang, "impact", title, uri)} so the entry is
 * marked as the current page.
 */
public final class Nav {
  private Nav() {}

  /** One navigation entry: id (used to mark the current page), link, localized label. */
  public record Page(String id, String href, Function<Msg, String> label) {}

  public static final List<Page> PAGES = List.of(
      new Page("search", "/search", Msg::nav_search));

  /** An entry as rendered. */
  public record Item(String href, String label, boolean current) {}

  static List<Item> items(Msg msg, String currentId) {
    return PAGES.stream().map(p -> new Item(p.href(), p.label().apply(msg), p.id().equals(currentId))).toList();
  }
}
