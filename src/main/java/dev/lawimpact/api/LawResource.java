package dev.lawimpact.api;

import dev.lawimpact.app.Services;
import dev.lawimpact.search.LawDetail;
import dev.lawimpact.search.LawLookup;
import dev.lawimpact.search.ProvisionView;
import dev.lawimpact.search.SearchResult;
import java.util.List;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/laws")
@Produces(MediaType.APPLICATION_JSON)
public class LawResource {

  private final Services services;

  public LawResource(Services services) {
    this.services = services;
  }

  @GET
  @Operation(summary = "List laws", description = "Filter by type and by a substring of title, number, abbreviation or id.")
  public LawLookup.LawPage list(@QueryParam("q") String q, @QueryParam("lawType") String lawType,
      @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
    return services.get().lookup().list(q, lawType, limit, offset);
  }

  @GET
  @Path("/{lawId}")
  @Operation(summary = "A law: metadata, table of contents, amending laws")
  public LawDetail law(@PathParam("lawId") String lawId) {
    return services.get().lookup().law(lawId);
  }

  @GET
  @Path("/{lawId}/provisions/{path}/links")
  @Operation(summary = "References from or to a provision",
      description = "direction=out: the references written in the provision (and the provisions under it), in order, "
          + "resolved or with the reason they do not resolve; direction=in: every resolved reference elsewhere whose "
          + "target is this provision or lies inside it, with counts per citing law; direction=concept: provisions of "
          + "other laws that carry the same legal interest (key terms, their variants, and penal provisions citing "
          + "them), each with evidence and a confidence.")
  public Object links(@PathParam("lawId") String lawId, @PathParam("path") String path,
      @QueryParam("direction") @DefaultValue("out") String direction,
      @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
    if ("concept".equals(direction)) {
      if (limit < 1 || limit > 200) throw new dev.lawimpact.search.BadQueryException("limit must be between 1 and 200");
      return services.get().concepts().find(lawId, path, limit);
    }
    return services.get().links().links(lawId, path, direction, limit, offset);
  }

  @GET
  @Path("/{lawId}/cited-by")
  @Operation(summary = "Laws that cite this law, with the number of citing provisions of each")
  public List<SearchResult.FacetCount> citedBy(@PathParam("lawId") String lawId) {
    return services.get().links().citedBy(lawId);
  }

  @GET
  @Path("/{lawId}/provisions/{path}")
  @Operation(summary = "A provision with its children",
      description = "path is a provision address such as a4-p1 (第四条第一項), a6_2 (第六条の二), sp-a2 (附則第二条), at1 (別表第一).")
  public ProvisionView provision(@PathParam("lawId") String lawId, @PathParam("path") String path) {
    return services.get().lookup().provision(lawId, path);
  }
}
