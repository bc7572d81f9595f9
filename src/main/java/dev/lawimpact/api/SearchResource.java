package dev.lawimpact.api;

import dev.lawimpact.app.Services;
import dev.lawimpact.search.SearchRequest;
import dev.lawimpact.search.SearchResult;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  private final Services services;

  public SearchResource(Services services) {
    this.services = services;
  }

  @GET
  @Operation(summary = "Search provisions",
      description = "Keywords, phrases (\"…\"), Lucene syntax (AND, OR, NOT, caption:…), or a citation such as "
          + "電気通信事業法第四条, 憲法21条2項, Article 21 of the Constitution; a citation's provision comes first.")
  public SearchResult search(
      @Parameter(description = "query", required = true) @QueryParam("q") String q,
      @Parameter(description = "law types (Act, Constitution, CabinetOrder, …), repeatable or comma-separated")
      @QueryParam("lawType") List<String> lawType,
      @Parameter(description = "restrict to one law (e-Gov law id)") @QueryParam("lawId") String lawId,
      @QueryParam("limit") @DefaultValue("10") int limit,
      @QueryParam("offset") @DefaultValue("0") int offset) {
    List<String> types = new ArrayList<>();
    if (lawType != null) {
      for (String t : lawType) for (String part : t.split(",")) if (!part.isBlank()) types.add(part.strip());
    }
    return services.get().search().search(new SearchRequest(q, types, lawId, limit, offset));
  }
}
