package dev.lawimpact.api;

import dev.lawimpact.app.AmendService;
import dev.lawimpact.search.BadQueryException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST /api/amend: apply an amendment (改め文 text or e-Gov XML) to a law; JSON, or a 新旧対照表 page. */
@Path("/api/amend")
@Consumes(MediaType.APPLICATION_JSON)
public class AmendResource {

  /** amendment: 改め文 text or e-Gov XML (a law, a SupplProvision or an AmendProvision); base: optional target XML. */
  public record AmendRequest(String amendment, String base, String targetLawId) {}

  private final AmendService service;

  public AmendResource(AmendService service) {
    this.service = service;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply an amendment",
      description = "Parses the 改め文 into typed operations, applies them to the base (or the corpus version of the "
          + "target named in 「…の一部を次のように改正する」 or by targetLawId), and returns the operations, the "
          + "refusals with their positions, the amended law as e-Gov XML and the 新旧対照表 rows.")
  public AmendService.AmendResponse amend(AmendRequest body) {
    AmendRequest r = require(body);
    return service.amend(r.amendment(), r.base(), r.targetLawId());
  }

  @POST
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Apply an amendment and show the 新旧対照表 (printable, A4 landscape)")
  public String amendHtml(AmendRequest body) {
    AmendRequest r = require(body);
    return service.amendHtml(r.amendment(), r.base(), r.targetLawId());
  }

  private static AmendRequest require(AmendRequest body) {
    if (body == null) throw new BadQueryException("a JSON body {\"amendment\": …} is required");
    return body;
  }
}
