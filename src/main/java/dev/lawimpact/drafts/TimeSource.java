package dev.lawimpact.drafts;

import jakarta.enterprise.context.ApplicationScoped;

/** The workspace's clock (session expiry, lockout, audit times); tests replace it to move time forward. */
@ApplicationScoped
public class TimeSource {
  public long nowMillis() {
    return System.currentTimeMillis();
  }
}
