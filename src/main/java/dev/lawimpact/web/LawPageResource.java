package dev.lawimpact.web;

import dev.lawimpact.app.IndexManager;
import dev.lawimpact.app.Services;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The law view: /laws/{lawId}, every provision addressable as /laws/{lawId}#a4-p1, and
 * ?at=a4 selecting a provision for the cited-by and concept-link panel (server-rendered, no
 * JavaScript needed). /laws/{lawId}/provisions/{path} is the same view selecting that provision.
 */
@Path("/laws")
@Produces(MediaType.TEXT_HTML)
public class LawPageResource {

  private final Services services;
  private final IndexManager manager;

  public LawPageResource(Services services, IndexManager manager) {
    this.services = services;
    this.manager = manager;
  }

  @GET
  @Path("{lawId}")
  public Response law(@PathParam("lawId") String lawId, @QueryParam("at") String at, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    String back = Html.back(uri);
    return Html.guard(l, back, manager, () -> {
      long t0 = System.nanoTime();
      LawPage page = LawPages.page(services.get(), lawId, at);
      long t1 = System.nanoTime();
      String title = page.selection() == null ? page.title() : page.selection().label();
      return Html.timed(l, Templates.law(Frame.of(l, null, title, back), page), t0, t1);
    });
  }

  @GET
  @Path("{lawId}/provisions/{path}")
  public Response provision(@PathParam("lawId") String lawId, @PathParam("path") String path, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    return Html.guard(l, Html.back(uri), manager, () -> {
      services.get().lookup().provision(lawId, path); // 400/404 here rather than on the law page
      return Response.seeOther(URI.create(LawPages.provisionHref(lawId, path))).build();
    });
  }
}
