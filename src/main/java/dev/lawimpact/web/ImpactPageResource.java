package dev.lawimpact.web;

import dev.lawimpact.app.IndexManager;
import dev.lawimpact.app.Services;
import dev.lawimpact.impact.BadBillException;
import dev.lawimpact.impact.Bill;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.impact.ImpactAnalyzer;
import dev.lawimpact.api.ImpactResource;
import dev.lawimpact.impact.ImpactReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The impact analysis page: paste or upload a draft bill, read the ranked laws with reasons and
 * evidence, the constraints and the measures highlighted in the text; download CSV or Markdown.
 * The bill goes in a POST body only (never in a URL, so it stays out of access logs and history).
 */
@Path("/impact")
@Produces(MediaType.TEXT_HTML)
public class ImpactPageResource {

  private final Services services;
  private final IndexManager manager;

  public ImpactPageResource(Services services, IndexManager manager) {
    this.services = services;
    this.manager = manager;
  }

  @GET
  public Response form(@QueryParam("lang") String lang, @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    String back = Html.back(uri);
    return Html.guard(l, back, manager, () -> {
      services.get();
      return Html.ok(l, Templates.impact(Frame.of(l, "impact", l.msg().impact_title(), back), ImpactPage.empty()));
    });
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.TEXT_HTML, "text/csv", "text/markdown"})
  public Response analyse(@RestForm String text, @RestForm String title, @RestForm String language,
      @RestForm String download, @RestForm("file") FileUpload file, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    String back = Html.back(uri);
    return Html.guard(l, back, manager, () -> {
      Services.Bound s = services.get();
      Frame frame = Frame.of(l, "impact", l.msg().impact_title(), back);
      String body = text == null ? "" : text;
      String format = "auto";
      try {
        if (file != null && file.size() > 0) {
          if (file.size() > BillReader.MAX_CHARS * 4L) {
            throw new BadBillException("the file is larger than " + BillReader.MAX_CHARS * 4 + " bytes", true);
          }
          body = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
          String name = file.fileName() == null ? "" : file.fileName().toLowerCase();
          format = name.endsWith(".xml") ? "xml" : name.endsWith(".html") || name.endsWith(".htm") ? "html" : "auto";
        }
        Bill bill = BillReader.read(body, format, title, language);
        ImpactReport r = s.impact().analyze(bill, ImpactAnalyzer.Options.defaults());
        Response attachment = ImpactResource.download(r, download);
        if (attachment != null) return attachment;
        return Html.ok(l, Templates.impact(frame, new ImpactPage(body, nz(title), nz(language), null, r)));
      } catch (BadBillException e) {
        return Html.status(e.tooLarge() ? 413 : 400, l,
            Templates.impact(frame, new ImpactPage(body.length() > BillReader.MAX_CHARS ? "" : body, nz(title),
                nz(language), e.getMessage(), null)));
      } catch (IOException e) {
        return Html.status(400, l, Templates.impact(frame, new ImpactPage("", nz(title), nz(language),
            "the file is not readable as UTF-8 text", null)));
      }
    });
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
