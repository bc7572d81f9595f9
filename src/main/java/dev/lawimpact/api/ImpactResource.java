package dev.lawimpact.api;

import dev.lawimpact.app.Services;
import dev.lawimpact.impact.BadBillException;
import dev.lawimpact.impact.Bill;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.impact.ImpactAnalyzer;
import dev.lawimpact.impact.ImpactExport;
import dev.lawimpact.impact.ImpactReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * POST /api/impact: a draft bill in, the laws it will force drafters to amend out. JSON by
 * default; the same report as HTML (Accept: text/html), CSV or Markdown (?download=csv|md).
 * Bill text is confidential: it is never logged and never echoed in error messages.
 */
@Path("/api/impact")
public class ImpactResource {

  /** The JSON request body. format: text, xml, html or auto; language: ja, en or auto. */
  public record ImpactRequest(String text, String title, String language, String format) {}

  @CheckedTemplate(basePath = "impact")
  static class Templates {
    static native TemplateInstance report(ImpactReport report);
  }

  private final Services services;

  public ImpactResource(Services services) {
    this.services = services;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv", "text/markdown"})
  @Operation(summary = "Analyse a draft bill",
      description = "Ranked list of existing laws the bill will force drafters to amend, with reasons (conflict, "
          + "authority, organisation, cross-reference, explicit, subject) and evidence provisions; constitutional "
          + "constraints; the measures recognised, each with its text span.")
  public Response analyseJson(ImpactRequest body,
      @Parameter(description = "laws listed, 1–200") @QueryParam("limit") @DefaultValue("50") int limit,
      @Parameter(description = "csv or md for a file download") @QueryParam("download") String download,
      @jakarta.ws.rs.core.Context HttpHeaders headers) {
    if (body == null) throw new BadBillException("request body must be JSON {\"text\": …}", false);
    return respond(BillReader.read(body.text(), body.format(), body.title(), body.language()), limit, download, headers);
  }

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, "text/xml", MediaType.TEXT_HTML})
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv", "text/markdown"})
  @Operation(summary = "Analyse a draft bill sent as plain text, e-Gov XML or HTML")
  public Response analyseRaw(String body, @QueryParam("title") String title, @QueryParam("language") String language,
      @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("download") String download,
      @jakarta.ws.rs.core.Context HttpHeaders headers) {
    MediaType type = headers.getMediaType();
    String format = type == null ? "auto" : type.getSubtype().equals("plain") ? "text" : type.getSubtype();
    return respond(BillReader.read(body, format, title, language), limit, download, headers);
  }

  private Response respond(Bill bill, int limit, String download, HttpHeaders headers) {
    ImpactReport r = services.get().impact().analyze(bill, new ImpactAnalyzer.Options(limit, null));
    Response file = download(r, download);
    if (file != null) return file;
    if (prefersHtml(headers)) return Response.ok(Templates.report(r).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    return Response.ok(r, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The report as a CSV or Markdown attachment; null when no download was asked for. */
  public static Response download(ImpactReport r, String download) {
    if (download == null || download.isBlank()) return null;
    return switch (download) {
      case "csv" -> Response.ok(ImpactExport.csv(r), "text/csv; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"impact-report.csv\"").build();
      case "md" -> Response.ok(ImpactExport.markdown(r), "text/markdown; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"impact-report.md\"").build();
      default -> throw new BadBillException("download must be csv or md", false);
    };
  }

  private static boolean prefersHtml(HttpHeaders headers) {
    for (MediaType t : headers.getAcceptableMediaTypes()) {
      if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) return false;
      if (t.getType().equals("text") && t.getSubtype().equals("html")) return true;
    }
    return false;
  }
}
