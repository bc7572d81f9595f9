package dev.lawimpact.api;

import dev.lawimpact.drafts.Actor;
import dev.lawimpact.drafts.DraftWorkspace;
import dev.lawimpact.drafts.Views.Account;
import dev.lawimpact.drafts.auth.WorkspaceIdentity;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Workspace accounts, administrators only. */
@Path("/api/admin/users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  public record AccountInput(String username, String password, List<String> roles, Boolean enabled) {}

  @Inject DraftWorkspace workspace;
  @Inject SecurityIdentity identity;

  private Actor actor() {
    return WorkspaceIdentity.actor(identity).orElseThrow(UnauthorizedException::new);
  }

  @GET
  @Operation(summary = "All accounts (no password hashes)")
  public List<Account> list() {
    return workspace.accounts(actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an account: username, password (10+ characters), roles (reader, drafter, reviewer, admin)")
  public Response create(AccountInput in) {
    if (in == null) throw new BadRequestException("a JSON body is required");
    Account a = workspace.createAccount(actor(), in.username(), in.password(), in.roles());
    return Response.created(URI.create("/api/admin/users/" + a.username())).entity(a).build();
  }

  @PUT
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change roles, reset the password (also unlocks, ends sessions) or enable/disable")
  public Account update(@PathParam("username") String username, AccountInput in) {
    if (in == null) throw new BadRequestException("a JSON body is required");
    return workspace.updateAccount(actor(), username, Optional.ofNullable(in.password()),
        Optional.<Collection<String>>ofNullable(in.roles()), Optional.ofNullable(in.enabled()));
  }
}
