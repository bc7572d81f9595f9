package dev.lawimpact.api;

import dev.lawimpact.app.IndexManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

  private final IndexManager manager;

  public IndexResource(IndexManager manager) {
    this.manager = manager;
  }

  @GET
  @Operation(summary = "Index status: counts of laws, articles and provisions, build progress, files that could not be read")
  public IndexManager.State status() {
    return manager.state();
  }
}
