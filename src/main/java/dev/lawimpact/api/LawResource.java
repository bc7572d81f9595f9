package dev.lawimpact.api;

import dev.lawimpact.app.Services;
import dev.lawimpact.search.LawDetail;
import dev.lawimpact.search.LawLookup;
import dev.lawimpact.search.ProvisionView;
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
  @Path("/{lawId}/provisions/{path}")
  @Operation(summary = "A provision with its children",
      description = "path is a provision address such as a4-p1 (第四条第一項), a6_2 (第六条の二), sp-a2 (附則第二条), at1 (別表第一).")
  public ProvisionView provision(@PathParam("lawId") String lawId, @PathParam("path") String path) {
    return services.get().lookup().provision(lawId, path);
  }
}
