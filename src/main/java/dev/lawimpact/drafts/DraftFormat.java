package dev.lawimpact.drafts;

import java.util.Locale;

/** How a draft's text is meant: plain text (改め文, notes) or e-Gov law XML. Both are stored verbatim, never parsed on save. */
public enum DraftFormat {
  TEXT, XML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static DraftFormat parse(String s) {
    if (s == null || s.isBlank()) return TEXT;
    for (DraftFormat f : values()) if (f.id().equals(s.trim().toLowerCase(Locale.ROOT))) return f;
    throw WorkspaceException.bad("format must be text or xml");
  }
}
