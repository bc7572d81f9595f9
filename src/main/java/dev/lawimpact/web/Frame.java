package dev.lawimpact.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the shared layout (templates/web/layout.html) needs on every page: language, title,
 * navigation, and the link that switches the UI language and comes back to the same page.
 */
public record Frame(String lang, String title, List<Nav.Item> nav, String switchHref, String switchLabel,
    String switchLang, int refreshSeconds) {

  /** currentPage: the Nav id of the page (null for none); back: path and query of this page. */
  public static Frame of(Lang lang, String currentPage, String title, String back) {
    Lang other = lang.other();
    String href = "/lang/" + other.code + "?back=" + URLEncoder.encode(back == null ? "/" : back, StandardCharsets.UTF_8);
    return new Frame(lang.code, title, Nav.items(lang.msg(), currentPage), href, other.ownName, other.code, 0);
  }

  /** The same frame with a refresh (progress pages). */
  public Frame refreshing(int seconds) {
    return new Frame(lang, title, nav, switchHref, switchLabel, switchLang, seconds);
  }
}
