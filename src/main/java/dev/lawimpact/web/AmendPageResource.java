package dev.lawimpact.web;

import dev.lawimpact.app.AmendService;
import dev.lawimpact.app.IndexManager;
import dev.lawimpact.app.Services;
import dev.lawimpact.comparison.DraftDiff;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.NotFoundException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The amendments page: paste an amending bill (改め文, or e-Gov XML), name or detect the target
 * law, see the operations, the refusals and the 新旧対照表; paste a second draft to see what
 * changed between the drafts and in the resulting law.
 */
@Path("/amend")
@Produces(MediaType.TEXT_HTML)
public class AmendPageResource {

  private final Services services;
  private final IndexManager manager;
  private final AmendService amend;

  public AmendPageResource(Services services, IndexManager manager, AmendService amend) {
    this.services = services;
    this.manager = manager;
    this.amend = amend;
  }

  @GET
  public Response form(@QueryParam("lang") String lang, @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    String back = Html.back(uri);
    return Html.guard(l, back, manager, () -> {
      services.get();
      return Html.ok(l, Templates.amend(Frame.of(l, "amend", l.msg().amend_title(), back), AmendPage.empty()));
    });
  }

  @POST
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
  public Response apply(@RestForm String amendment, @RestForm String targetLawId, @RestForm String draft2,
      @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context UriInfo uri) {
    Lang l = Lang.of(headers, lang);
    String back = Html.back(uri);
    return Html.guard(l, back, manager, () -> {
      services.get();
      Frame frame = Frame.of(l, "amend", l.msg().amend_title(), back);
      String text = amendment == null ? "" : amendment;
      String target = targetLawId == null ? "" : targetLawId.strip();
      String second = draft2 == null ? "" : draft2;
      try {
        AmendService.AmendResponse r = amend.amend(text, null, target.isEmpty() ? null : target);
        List<AmendPage.SentenceView> drafts = List.of();
        List<AmendPage.RowView> draftRows = List.of();
        if (!second.isBlank()) {
          DraftDiff d = amend.drafts(text, second, null, r.targetLawId());
          drafts = AmendPage.sentences(d);
          draftRows = AmendPage.rows(d.results());
        }
        return Html.ok(l, Templates.amend(frame, new AmendPage(text, target.isEmpty() ? r.targetLawId() : target, second,
            null, r, AmendPage.rows(r.comparison()), drafts, draftRows)));
      } catch (BadQueryException | NotFoundException e) {
        return Html.status(e instanceof NotFoundException ? 404 : 400, l,
            Templates.amend(frame, new AmendPage(text, target, second, e.getMessage(), null, List.of(), List.of(), List.of())));
      } catch (WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Html.status(status, l, Templates.amend(frame, new AmendPage("", target, "", e.getMessage(), null, List.of(),
            List.of(), List.of())));
      }
    });
  }
}
