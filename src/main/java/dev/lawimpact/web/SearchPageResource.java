package dev.lawimpact.web;

import dev.lawimpact.app.IndexManager;
import dev.lawimpact.app.Services;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.SearchResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The search page (also the home page): one box for keywords, phrases or a citation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {

  private final Services services;
  private final IndexManager manager;

  public SearchPageResource(Services services, IndexManager manager) {
    this.services = services;
    this.manager = manager;
  }

  @GET
  public Response home(@QueryParam("q") String q, @QueryParam("lawType") List<String> lawType,
      @QueryParam("lawId") String lawId, @QueryParam("page") String page, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    return search(q, lawType, lawId, page, lang, headers, uri);
  }

  @GET
  @Path("search")
  public Response search(@QueryParam("q") String q, @QueryParam("lawType") List<String> lawType,
      @QueryParam("lawId") String lawId, @QueryParam("page") String page, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    Msg msg = l.msg();
    String back = Html.back(uri);
    return Html.guard(l, back, manager, () -> {
      SearchPages.Params p = new SearchPages.Params(q, lawType, lawId, pageNumber(page));
      Frame frame = Frame.of(l, "search", p.q().isEmpty() ? msg.search_title() : p.q() + " – " + msg.search_title(), back);
      Services.Bound s = services.get(); // before the empty page too: while the index builds, show progress
      if (p.q().isEmpty()) return Html.ok(l, Templates.search(frame, SearchPage.empty("")));
      long t0 = System.nanoTime();
      SearchResult r;
      try {
        r = SearchPages.search(s, p);
      } catch (BadQueryException e) {
        return Html.status(400, l, Templates.search(frame, SearchPages.refused(p, e.getMessage())));
      }
      Optional<String> jump = SearchPages.citationTarget(r, p);
      if (jump.isPresent()) return Response.seeOther(URI.create(jump.get())).build();
      SearchPage view = SearchPages.page(s, p, r);
      return Html.timed(l, Templates.search(frame, view), t0, System.nanoTime());
    });
  }

  private static int pageNumber(String page) {
    if (page == null || page.isBlank()) return 1;
    try {
      int n = Integer.parseInt(page.strip());
      if (n < 1) throw new BadQueryException("page must be 1 or more");
      return n;
    } catch (NumberFormatException e) {
      throw new BadQueryException("page must be a number");
    }
  }
}
