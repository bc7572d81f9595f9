package dev.lawimpact.api;

import dev.lawimpact.app.AmendService;
import dev.lawimpact.app.Services;
import dev.lawimpact.drafts.Actor;
import dev.lawimpact.drafts.DraftWorkspace;
import dev.lawimpact.drafts.Views.Analysis;
import dev.lawimpact.drafts.Views.Draft;
import dev.lawimpact.drafts.Views.DraftSummary;
import dev.lawimpact.drafts.Views.DraftVersion;
import dev.lawimpact.drafts.Views.Share;
import dev.lawimpact.drafts.Views.VersionInfo;
import dev.lawimpact.drafts.auth.WorkspaceIdentity;
import dev.lawimpact.impact.BillReader;
import dev.lawimpact.impact.ImpactAnalyzer;
import dev.lawimpact.impact.ImpactReport;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The confidential draft workspace over REST (HTTP Basic). Thin: every check is in {@link DraftWorkspace};
 * a draft the caller may not see answers 404 exactly like one that does not exist.
 */
@Path("/api/drafts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

  /** Create or save: title and format may be omitted on save (kept from the previous version). */
  public record DraftInput(String title, String format, String content, Integer baseVersion) {}

  public record ShareInput(String user, String permission) {}

  @Inject DraftWorkspace workspace;
  @Inject SecurityIdentity identity;

  private Actor actor() {
    return WorkspaceIdentity.actor(identity).orElseThrow(UnauthorizedException::new);
  }

  private static DraftInput body(DraftInput in) {
    if (in == null) throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
    return in;
  }

  @GET
  @Operation(summary = "Drafts the caller owns or that are shared with them")
  public List<DraftSummary> list() {
    return workspace.list(actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft (version 1); drafters only")
  public Response create(DraftInput in) {
    DraftInput b = body(in);
    Draft d = workspace.create(actor(), b.title(), b.format(), b.content());
    return Response.created(URI.create("/api/drafts/" + d.id())).entity(d).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "The latest version of a draft")
  public Draft get(@PathParam("id") String id) {
    return workspace.get(actor(), id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a new version (owner or write share); baseVersion guards against lost updates")
  public Draft update(@PathParam("id") String id, DraftInput in) {
    DraftInput b = body(in);
    return workspace.update(actor(), id, b.title(), b.format(), b.content(), b.baseVersion());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a draft with all versions, shares and analyses; owner only")
  public Response delete(@PathParam("id") String id) {
    workspace.delete(actor(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/versions")
  @Operation(summary = "Version history (no text)")
  public List<VersionInfo> versions(@PathParam("id") String id) {
    return workspace.versions(actor(), id);
  }

  @GET
  @Path("/{id}/versions/{n}")
  @Operation(summary = "One version with its text")
  public DraftVersion version(@PathParam("id") String id, @PathParam("n") int n) {
    return workspace.version(actor(), id, n);
  }

  @GET
  @Path("/{id}/versions/{n}/analyses")
  @Operation(summary = "Analysis results stored with a version")
  public List<Analysis> analyses(@PathParam("id") String id, @PathParam("n") int n) {
    return workspace.analyses(actor(), id, n);
  }

  // ---- analyses on a version (issue 4 impact, issue 5 amendment) and version diffs ----

  @Inject Services services;
  @Inject AmendService amendService;

  /** The result of an analysis run on a version; stored is false when the caller may only read the draft. */
  public record AnalysisRun<T>(int version, String kind, boolean stored, T result) {}

  /** Options for an amendment analysis: the target law (else detected) and an optional base XML. */
  public record AmendInput(String targetLawId, String base) {}

  private DraftVersion versionOrLatest(String id, Integer n) {
    Actor a = actor();
    return n == null ? workspace.get(a, id).latest() : workspace.version(a, id, n);
  }

  private boolean store(String id, int n, String kind, Object result) {
    try {
      workspace.storeAnalysis(actor(), id, n, kind, json.writeValueAsString(result));
      return true;
    } catch (dev.lawimpact.drafts.WorkspaceException e) {
      if (e.kind() == dev.lawimpact.drafts.WorkspaceException.Kind.FORBIDDEN) return false;
      throw e;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("analysis result not serialisable", e);
    }
  }

  @Inject com.fasterxml.jackson.databind.ObjectMapper json;

  @POST
  @Path("/{id}/impact")
  @Operation(summary = "Impact analysis of a version (latest unless ?version=n); stored with the version when the caller may write")
  public AnalysisRun<ImpactReport> impact(@PathParam("id") String id, @QueryParam("version") Integer version,
      @QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") int limit) {
    DraftVersion v = versionOrLatest(id, version);
    ImpactReport r = services.get().impact().analyze(BillReader.read(v.content(), v.format(), v.title(), "auto"),
        new ImpactAnalyzer.Options(limit, null));
    return new AnalysisRun<>(v.version(), "impact", store(id, v.version(), "impact", r), r);
  }

  @POST
  @Path("/{id}/amend")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply a version as an amending bill (改め文) and make its 新旧対照表; stored with the version when the caller may write")
  public AnalysisRun<AmendService.AmendResponse> amend(@PathParam("id") String id, @QueryParam("version") Integer version,
      AmendInput in) {
    DraftVersion v = versionOrLatest(id, version);
    AmendService.AmendResponse r = amendService.amend(v.content(), in == null ? null : in.base(),
        in == null ? null : in.targetLawId());
    return new AnalysisRun<>(v.version(), "amendment", store(id, v.version(), "amendment", r), r);
  }

  /** Two versions compared sentence by sentence (reworded spans marked). */
  public record VersionDiff(int from, int to, List<dev.lawimpact.comparison.DraftDiff.SentenceChange> sentences) {}

  @GET
  @Path("/{id}/diff")
  @Operation(summary = "Compare two versions of a draft, sentence by sentence")
  public VersionDiff diff(@PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) throw new jakarta.ws.rs.BadRequestException("from and to (version numbers) are required");
    DraftVersion a = workspace.version(actor(), id, from);
    DraftVersion b = workspace.version(actor(), id, to);
    return new VersionDiff(from, to, new dev.lawimpact.comparison.Comparison().sentences(split(a.content()), split(b.content())));
  }

  private static List<String> split(String text) {
    List<String> out = new java.util.ArrayList<>();
    for (String s : text.split("(?<=。)|\\n")) if (!s.isBlank()) out.add(s.strip());
    return out;
  }

  @GET
  @Path("/{id}/export")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML})
  @Operation(summary = "Download a version's text as a file (recorded as EXPORT); latest unless ?version=n")
  public Response export(@PathParam("id") String id, @QueryParam("version") Integer version) {
    DraftVersion v = workspace.export(actor(), id, version);
    boolean xml = v.format().equals("xml");
    return Response.ok(v.content())
        .type(xml ? "application/xml; charset=UTF-8" : "text/plain; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"draft-" + v.draftId() + "-v" + v.version()
            + (xml ? ".xml" : ".txt") + "\"")
        .build();
  }

  @GET
  @Path("/{id}/shares")
  @Operation(summary = "Who the draft is shared with; owner only")
  public List<Share> shares(@PathParam("id") String id) {
    return workspace.shares(actor(), id);
  }

  @POST
  @Path("/{id}/shares")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Share with a drafter or reviewer (permission read or write); owner only")
  public List<Share> share(@PathParam("id") String id, ShareInput in) {
    if (in == null) throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
    return workspace.share(actor(), id, in.user(), in.permission());
  }

  @DELETE
  @Path("/{id}/shares/{user}")
  @Operation(summary = "Withdraw a share; owner only")
  public List<Share> unshare(@PathParam("id") String id, @PathParam("user") String user) {
    return workspace.unshare(actor(), id, user);
  }
}
