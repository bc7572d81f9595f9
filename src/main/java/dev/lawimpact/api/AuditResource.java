package dev.lawimpact.api;

import dev.lawimpact.drafts.Actor;
import dev.lawimpact.drafts.DraftWorkspace;
import dev.lawimpact.drafts.Views.AuditEvent;
import dev.lawimpact.drafts.auth.WorkspaceIdentity;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The workspace audit log for administrators: view (JSON) and export (CSV or JSON, itself recorded). */
@Path("/api/audit")
@Authenticated
public class AuditResource {

  @Inject DraftWorkspace workspace;
  @Inject SecurityIdentity identity;

  private Actor actor() {
    return WorkspaceIdentity.actor(identity).orElseThrow(UnauthorizedException::new);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Audit events, newest first (admins); filters: from/to (ISO instants), user, draft")
  public List<AuditEvent> events(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("user") String user, @QueryParam("draft") String draft,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    return workspace.audit(actor(), instant(from), instant(to), user, draft, limit);
  }

  @GET
  @Path("/verify")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-compute the audit log's hash chain: intact, or the first event that was edited or removed")
  public DraftWorkspace.AuditCheck verify() {
    return workspace.verifyAudit(actor());
  }

  @GET
  @Path("/export")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "Download the audit log (format=csv, the default, or json); the export is itself audited")
  public Response export(@QueryParam("format") @DefaultValue("csv") String format,
      @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("user") String user, @QueryParam("draft") String draft,
      @QueryParam("limit") @DefaultValue("100000") int limit) {
    if (!format.equals("csv") && !format.equals("json")) throw new BadRequestException("format must be csv or json");
    List<AuditEvent> events = workspace.exportAudit(actor(), instant(from), instant(to), user, draft, limit);
    if (format.equals("json")) {
      return Response.ok(events, MediaType.APPLICATION_JSON)
          .header("Content-Disposition", "attachment; filename=\"audit.json\"").build();
    }
    return Response.ok(AuditCsv.format(events), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
  }

  private static Instant instant(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("from/to must be ISO-8601 instants such as 2026-01-31T00:00:00Z");
    }
  }
}
