package dev.lawimpact.app;

import dev.lawimpact.search.LawIndex;
import dev.lawimpact.search.ConceptLinks;
import dev.lawimpact.search.LawLookup;
import dev.lawimpact.search.LinkService;
import dev.lawimpact.search.SearchService;
import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.impact.ImpactAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The services over the index currently installed; REST resources and pages ask here. Swapping
 * in a new index replaces all of them at once (one volatile reference), so a request never sees
 * a search service and a lookup over two different indexes.
 */
@ApplicationScoped
public class Services {

  /** The services bound to one open index. */
  public record Bound(LawIndex index, SearchService search, LawLookup lookup, LinkService links, ConceptLinks concepts,
      ImpactAnalyzer impact) {}

  private volatile Bound bound;

  void install(LawIndex index, int cacheSize, Citations.Reference reference) {
    LinkService links = new LinkService(index);
    LawTitleResolver titles = Citations.resolver(index, reference);
    bound = new Bound(index, new SearchService(index, cacheSize, Citations.build(index, titles)), new LawLookup(index),
        links, new ConceptLinks(index, links), new ImpactAnalyzer(index, titles, reference.glossary()));
  }

  /** The current services; throws IndexUnavailableException while no index is open yet. */
  public Bound get() {
    Bound b = bound;
    if (b == null) throw new IndexUnavailableException();
    return b;
  }
}
