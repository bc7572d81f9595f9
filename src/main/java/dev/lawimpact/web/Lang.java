package dev.lawimpact.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The UI languages. Chosen by ?lang=, else the lang cookie (set by the switch), else Accept-Language. */
public enum Lang {
  JA("ja", "日本語"),
  EN("en", "English");

  public static final String COOKIE = "lang";

  public final String code;
  /** The language's own name, shown on the switch. */
  public final String ownName;

  Lang(String code, String ownName) {
    this.code = code;
    this.ownName = ownName;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public Lang other() {
    return this == JA ? EN : JA;
  }

  public Msg msg() {
    return this == JA ? MessageBundles.get(Msg.class) : MessageBundles.get(Msg.class, Localized.Literal.of(code));
  }

  public static Lang fromCode(String s) {
    if (s == null) return null;
    for (Lang l : values()) if (l.code.equalsIgnoreCase(s.strip())) return l;
    return null;
  }

  public static Lang of(HttpHeaders headers, String queryLang) {
    Lang q = fromCode(queryLang);
    if (q != null) return q;
    if (headers != null) {
      var c = headers.getCookies().get(COOKIE);
      Lang fromCookie = c == null ? null : fromCode(c.getValue());
      if (fromCookie != null) return fromCookie;
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("ja".equals(l.getLanguage())) return JA;
        if ("en".equals(l.getLanguage())) return EN;
      }
    }
    return JA;
  }
}
