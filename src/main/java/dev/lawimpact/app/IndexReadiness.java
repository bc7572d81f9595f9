package dev.lawimpact.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once an index is open and serving; reports build progress while it is not. */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

  private final IndexManager manager;

  public IndexReadiness(IndexManager manager) {
    this.manager = manager;
  }

  @Override
  public HealthCheckResponse call() {
    IndexManager.State s = manager.state();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("statute-index").status(s.serving())
        .withData("status", s.status().name())
        .withData("message", s.message());
    if (s.report() != null) {
      b.withData("laws", s.report().laws()).withData("articles", s.report().articles())
          .withData("provisions", s.report().provisions()).withData("problems", s.report().problems().size());
    }
    if (s.progress() != null) b.withData("lawsIndexed", s.progress().lawsDone());
    return b.build();
  }
}
