package dev.lawimpact.web;

import dev.lawimpact.app.Services;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.ConceptLinks;
import dev.lawimpact.search.LawDetail;
import dev.lawimpact.search.LinkView;
import dev.lawimpact.search.NotFoundException;
import dev.lawimpact.search.ProvisionView;
import dev.lawimpact.search.SearchResult;
import dev.lawimpact.statute.LawType;
import dev.lawimpact.statute.Outline;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the law view from the lookup and link services. The index stores each provision's text
 * with everything under it, and each reference with its span in the source provision's own text
 * (the first text piece when the provision has text of its own); so a provision's own lines are
 * its stored text minus its child provisions' texts, and the references are placed on the first
 * of them, each checked against the words it claims to span.
 */
final class LawPages {
  private LawPages() {}

  private static final int CITED_BY_SHOWN = 100;
  private static final int CONCEPTS_SHOWN = 10;

  static String lawHref(String lawId) {
    return "/laws/" + lawId;
  }

  /** The law view with the provision selected (panel) and scrolled to. */
  static String provisionHref(String lawId, String local) {
    return "/laws/" + lawId + "?at=" + URLEncoder.encode(local, StandardCharsets.UTF_8) + "#" + local;
  }

  static LawPage page(Services.Bound s, String lawId, String at) {
    LawDetail detail = s.lookup().law(lawId);
    String id = detail.law().lawId();
    List<ProvisionView> provisions = s.lookup().provisionsOf(id);
    Map<String, List<LinkView>> linksBySource = new HashMap<>();
    for (LinkView l : s.links().outgoingOfLaw(id)) linksBySource.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);

    String selectedUnit = null;
    LawPage.Selection selection = null;
    if (at != null && !at.isBlank()) {
      selection = selection(s, id, at.strip());
      selectedUnit = unitOf(at.strip());
    }

    List<LawPage.TocEntry> toc = new ArrayList<>();
    Map<String, List<Outline.Entry>> structuresAt = new HashMap<>();
    Map<String, Outline.Entry> supplByPath = new HashMap<>();
    for (Outline.Entry e : detail.outline()) flatten(e, 0, toc, structuresAt, supplByPath);

    List<LawPage.Amendment> history = new ArrayList<>();
    for (String num : detail.amendedBy()) {
      String href = null;
      for (Outline.Entry e : supplByPath.values()) {
        if (e.title().endsWith("（" + num + "）")) href = "#" + e.path();
      }
      history.add(new LawPage.Amendment(num, href));
    }

    // Children of each provision, in document order, for taking their lines out of the parent's text.
    Map<String, List<ProvisionView>> children = new HashMap<>();
    for (ProvisionView p : provisions) {
      String parent = parentLocal(id, p.path());
      if (parent != null) children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
    }

    List<LawPage.Block> blocks = new ArrayList<>();
    Set<String> supplShown = new HashSet<>();
    int[] placed = new int[2];
    String pendingLead = null; // an article heading waiting for its first paragraph
    String leadFor = null;
    for (int i = 0; i < provisions.size(); i++) {
      ProvisionView p = provisions.get(i);
      for (Outline.Entry st : structuresAt.getOrDefault(p.path(), List.of())) {
        blocks.add(new LawPage.Block("", "structure", depthOf(st.kind()), st.title(), "", "", List.of(), List.of(), null,
            false));
      }
      if (p.path().startsWith("pr-") && supplShown.add("pr")) {
        blocks.add(new LawPage.Block("pr", "suppl", 0, "前文", "", "", List.of(), List.of(), null, false));
      }
      String suppl = supplOf(p.path());
      if (suppl != null && supplShown.add(suppl)) {
        Outline.Entry e = supplByPath.get(suppl);
        String title = e == null ? "附則" : e.title();
        blocks.add(new LawPage.Block(suppl, "suppl", 0, title, "", "", List.of(), List.of(), null, false));
      }
      String kind = p.kind();
      String unit = unitOf(p.path());
      boolean selected = unit.equals(selectedUnit);
      if ("ARTICLE".equals(kind)) {
        // Printed as statutes are: 第四条　<first paragraph>, when the next provision is that paragraph.
        boolean inline = i + 1 < provisions.size() && "PARAGRAPH".equals(provisions.get(i + 1).kind())
            && p.path().equals(parentLocal(id, provisions.get(i + 1).path()));
        pendingLead = inline ? p.heading() : null;
        leadFor = inline ? provisions.get(i + 1).path() : null;
        blocks.add(new LawPage.Block(p.path(), "article", 0, inline ? "" : p.heading(), p.heading(), p.caption(), List.of(),
            List.of(), provisionHref(id, p.path()), selected));
        continue;
      }
      String lead = p.path().equals(leadFor) ? pendingLead : "";
      boolean appendix = kind.startsWith("APPDX");
      List<String> lines = ownLines(p, children.getOrDefault(p.path(), List.of()));
      List<LawPage.Piece> text = List.of();
      List<String> extra = lines;
      // An appendix's lines are its table cells and notes; other provisions start with their own sentences.
      if (!lines.isEmpty() && !appendix) {
        text = pieces(id, lines.get(0), linksBySource.getOrDefault(id + "/" + p.path(), List.of()), placed);
        extra = lines.subList(1, lines.size());
      }
      boolean isUnit = unit.equals(p.path());
      blocks.add(new LawPage.Block(p.path(), appendix ? "appendix" : "provision", depthOf(kind, p.path()),
          appendix ? p.label() : p.heading(), lead, p.caption(), text, extra,
          isUnit ? provisionHref(id, p.path()) : null, selected));
    }

    List<LawPage.CitingLaw> citing = new ArrayList<>();
    for (SearchResult.FacetCount f : s.links().citedBy(id)) citing.add(new LawPage.CitingLaw(f.label(), lawHref(f.value()), f.count()));
    LawType type = LawType.fromEgovName(detail.law().lawType()).orElse(null);
    return new LawPage(id, detail.law().title(), detail.law().lawNum(), type == null ? detail.law().lawType() : type.japanese,
        detail.law().articles(), toc, blocks, history, selection, citing, placed[0], placed[1]);
  }

  private static LawPage.Selection selection(Services.Bound s, String lawId, String at) {
    ProvisionView v = s.lookup().provision(lawId, at); // 400 for a malformed path, 404 for a missing one
    LinkView.Page in = s.links().links(lawId, at, "in", CITED_BY_SHOWN, 0);
    List<LawPage.Citing> citing = new ArrayList<>();
    for (LinkView l : in.links()) {
      ProvisionPath src = ProvisionPath.parse(l.source());
      String href = src.lawId().value().equals(lawId) ? "#" + src.local() : provisionHref(src.lawId().value(), src.local());
      citing.add(new LawPage.Citing(l.sourceLabel(), href, l.mention()));
    }
    List<LawPage.Concept> concepts = new ArrayList<>();
    try {
      for (ConceptLinks.Link c : s.concepts().find(lawId, at, CONCEPTS_SHOWN).links()) {
        ProvisionPath p = ProvisionPath.parse(c.path());
        concepts.add(new LawPage.Concept(c.label(), provisionHref(p.lawId().value(), p.local()), c.caption(),
            String.format(Locale.ROOT, "%.2f", c.confidence()), c.evidence()));
      }
    } catch (BadQueryException | NotFoundException e) {
      // Concept links exist for provisions with text of their own; for others the panel just has none.
    }
    return new LawPage.Selection(at, v.citation(), v.caption(), in.total(), citing, Math.max(0, in.total() - citing.size()),
        concepts, lawHref(lawId));
  }

  /** The lines of a provision that are not its child provisions' text: own sentences first, then tables and lists. */
  static List<String> ownLines(ProvisionView p, List<ProvisionView> kids) {
    if (p.text().isEmpty()) return List.of();
    List<String> lines = Arrays.asList(p.text().split("\n", -1));
    List<String> out = new ArrayList<>();
    int pos = 0;
    for (ProvisionView k : kids) {
      if (k.text().isEmpty()) continue;
      List<String> kl = Arrays.asList(k.text().split("\n", -1));
      int at = indexOf(lines, kl, pos);
      if (at < 0) continue;
      out.addAll(lines.subList(pos, at));
      pos = at + kl.size();
    }
    out.addAll(lines.subList(pos, lines.size()));
    // Own text, if any, is the first piece; when the first piece belongs to a child it was taken out above.
    return out;
  }

  private static int indexOf(List<String> hay, List<String> needle, int from) {
    outer:
    for (int i = from; i + needle.size() <= hay.size(); i++) {
      for (int j = 0; j < needle.size(); j++) if (!hay.get(i + j).equals(needle.get(j))) continue outer;
      return i;
    }
    return -1;
  }

  /**
   * The own text cut into plain runs and reference links. A mention is placed only when the text at
   * its span is exactly its words (counted in placed[1] otherwise) and it does not overlap the one
   * before; placed[0] counts the links made.
   */
  static List<LawPage.Piece> pieces(String lawId, String text, List<LinkView> links, int[] placed) {
    List<LawPage.Piece> out = new ArrayList<>();
    int pos = 0;
    List<LinkView> sorted = new ArrayList<>(links);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    for (LinkView l : sorted) {
      if (!"resolved".equals(l.status()) || l.targets().isEmpty()) continue;
      if (l.start() < 0 || l.end() > text.length() || !text.substring(l.start(), l.end()).equals(l.mention())) {
        placed[1]++;
        continue;
      }
      if (l.start() < pos) continue; // overlaps the link before it, which starts earlier or is longer
      String href = href(lawId, l.targets());
      if (href == null) continue; // no target in the corpus, or この法律 (the page itself): plain text
      if (l.start() > pos) out.add(new LawPage.Piece(text.substring(pos, l.start()), null, null));
      String title = String.join("、", l.targets().stream().map(LinkView.Target::label).toList());
      out.add(new LawPage.Piece(l.mention(), href, title));
      placed[0]++;
      pos = l.end();
    }
    if (pos < text.length()) out.add(new LawPage.Piece(text.substring(pos), null, null));
    return out;
  }

  /** Same-law targets are fragments (no reload); other laws open at the target with its panel. */
  private static String href(String lawId, List<LinkView.Target> targets) {
    for (LinkView.Target t : targets) {
      if (!t.inCorpus()) continue;
      ProvisionPath p = ProvisionPath.parse(t.path());
      String law = p.lawId().value();
      if (p.isWholeLaw()) return law.equals(lawId) ? null : lawHref(law);
      return law.equals(lawId) ? "#" + p.local() : provisionHref(law, p.local());
    }
    return null;
  }

  private static void flatten(Outline.Entry e, int depth, List<LawPage.TocEntry> toc,
      Map<String, List<Outline.Entry>> structuresAt, Map<String, Outline.Entry> supplByPath) {
    String href = e.path() == null || e.path().isEmpty() ? null : "#" + e.path();
    String title = e.title();
    toc.add(new LawPage.TocEntry(title, href, depth));
    if ("SUPPL".equals(e.kind())) supplByPath.put(e.path(), e);
    else if (!"ARTICLE".equals(e.kind()) && !"APPENDIX".equals(e.kind()) && !"PREAMBLE".equals(e.kind())
        && e.firstArticle() != null && !e.firstArticle().isEmpty()) {
      structuresAt.computeIfAbsent(e.firstArticle(), k -> new ArrayList<>()).add(e);
    }
    for (Outline.Entry c : e.children()) flatten(c, depth + 1, toc, structuresAt, supplByPath);
  }

  private static int depthOf(String structureKind) {
    return switch (structureKind) {
      case "PART" -> 0;
      case "CHAPTER" -> 1;
      case "SECTION" -> 2;
      case "SUBSECTION" -> 3;
      default -> 4;
    };
  }

  /** Indentation: paragraphs at 0, items 1, subitems 2 and deeper. */
  private static int depthOf(String kind, String local) {
    if ("PARAGRAPH".equals(kind) || kind.startsWith("APPDX")) return 0;
    if ("ITEM".equals(kind)) return 1;
    int subs = 0;
    for (String seg : local.split("-")) if (seg.startsWith("s") && !seg.startsWith("sp")) subs++;
    return 1 + Math.max(1, subs);
  }

  /** The unit (article, or a paragraph/appendix outside articles) of a local path. */
  static String unitOf(String local) {
    String[] segs = local.split("-");
    StringBuilder sb = new StringBuilder();
    for (String seg : segs) {
      if (!sb.isEmpty()) sb.append('-');
      sb.append(seg);
      if (!seg.startsWith("sp") && !seg.equals("pr")) break;
    }
    return sb.toString();
  }

  /** The 附則 segment of a local path (sp, spR100L3 …), or null in the main provision. */
  private static String supplOf(String local) {
    String first = local.split("-")[0];
    return first.startsWith("sp") ? first : null;
  }

  private static String parentLocal(String lawId, String local) {
    try {
      return ProvisionPath.parseLocal(new LawId(lawId), local).parent().map(ProvisionPath::local).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
