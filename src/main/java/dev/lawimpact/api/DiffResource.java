package dev.lawimpact.api;

import dev.lawimpact.app.AmendService;
import dev.lawimpact.search.BadQueryException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /api/diff: two versions of a law ({"old","new"}: e-Gov XML each) compared as a 新旧対照表,
 * or two drafts of an amending bill ({"draft1","draft2"} with optional base/targetLawId).
 */
@Path("/api/diff")
@Consumes(MediaType.APPLICATION_JSON)
public class DiffResource {

  public record DiffRequest(String old, @com.fasterxml.jackson.annotation.JsonProperty("new") String neu,
      String draft1, String draft2, String base, String targetLawId) {}

  private final AmendService service;

  public DiffResource(AmendService service) {
    this.service = service;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Compare two law versions or two drafts of an amending bill")
  public Object diff(DiffRequest body) {
    DiffRequest r = require(body);
    if (isSet(r.draft1()) || isSet(r.draft2())) {
      if (!isSet(r.draft1()) || !isSet(r.draft2())) throw new BadQueryException("give both draft1 and draft2");
      return service.drafts(r.draft1(), r.draft2(), r.base(), r.targetLawId());
    }
    return service.diff(r.old(), r.neu());
  }

  @POST
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Two law versions as a printable 新旧対照表")
  public String diffHtml(DiffRequest body) {
    DiffRequest r = require(body);
    // The printable table compares two versions; drafts are compared as JSON only.
    if (!isSet(r.old()) || !isSet(r.neu())) throw new BadQueryException("give \"old\" and \"new\" (e-Gov XML of two versions)");
    return service.diffHtml(r.old(), r.neu());
  }

  private static DiffRequest require(DiffRequest body) {
    if (body == null) throw new BadQueryException("a JSON body is required: {\"old\", \"new\"} or {\"draft1\", \"draft2\"}");
    if (!isSet(body.draft1()) && !isSet(body.draft2()) && (!isSet(body.old()) || !isSet(body.neu()))) {
      throw new BadQueryException("give \"old\" and \"new\" (e-Gov XML of two versions), or \"draft1\" and \"draft2\"");
    }
    return body;
  }

  private static boolean isSet(String s) {
    return s != null && !s.isBlank();
  }
}
