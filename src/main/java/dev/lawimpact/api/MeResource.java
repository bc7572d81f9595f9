package dev.lawimpact.api;

import dev.lawimpact.drafts.Actor;
import dev.lawimpact.drafts.Role;
import dev.lawimpact.drafts.auth.WorkspaceIdentity;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the credentials belong to (for clients checking their set-up). */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  public record Me(String username, List<String> roles) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  @Inject SecurityIdentity identity;
  @Inject dev.lawimpact.drafts.DraftWorkspace workspace;

  @GET
  public Me me() {
    Actor a = WorkspaceIdentity.actor(identity).orElseThrow(UnauthorizedException::new);
    return new Me(a.username(), a.roles().stream().sorted().map(Role::id).toList());
  }

  @jakarta.ws.rs.PUT
  @Path("/password")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response changePassword(PasswordChange in) {
    if (in == null) throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
    Actor a = WorkspaceIdentity.actor(identity).orElseThrow(UnauthorizedException::new);
    workspace.changeOwnPassword(a, in.currentPassword(), in.newPassword());
    return jakarta.ws.rs.core.Response.noContent().build();
  }
}
