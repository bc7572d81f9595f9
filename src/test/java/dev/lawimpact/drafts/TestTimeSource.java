package dev.lawimpact.drafts;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** The workspace clock in @QuarkusTest runs: real time plus an offset tests can only move forward. */
@Mock
@ApplicationScoped
public class TestTimeSource extends TimeSource {
  private static volatile long offset;

  static void advance(Duration d) {
    offset += d.toMillis();
  }

  @Override
  public long nowMillis() {
    return System.currentTimeMillis() + offset;
  }
}
