package dev.lawimpact.drafts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for five minutes, that a password was verified against an account's current bcrypt
 * hash, so a REST client sending HTTP Basic on every request costs one bcrypt run (cost 12: about
 * 0.2-0.7 s of CPU here) per five minutes instead of one per request. Only an HMAC under a key that
 * lives in this process is kept, never the password; a new password hash (reset) or a wrong password
 * misses and falls back to bcrypt, and lockout and disabled state are still read from the database
 * on every request.
 */
final class VerifiedPasswords {

  private static final long TTL_MILLIS = 5 * 60_000;
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] mac, String storedHash, long until) {}

  private final byte[] key = new byte[32];
  private final Map<String, Entry> byUser = new ConcurrentHashMap<>();

  VerifiedPasswords() {
    new SecureRandom().nextBytes(key);
  }

  boolean recently(String userId, String password, String storedHash, long now) {
    Entry e = byUser.get(userId);
    return e != null && e.until() > now && e.storedHash().equals(storedHash)
        && MessageDigest.isEqual(e.mac(), mac(userId, password));
  }

  void remember(String userId, String password, String storedHash, long now) {
    if (byUser.size() >= MAX_ENTRIES) byUser.clear(); // crude bound; a miss only costs a bcrypt run
    byUser.put(userId, new Entry(mac(userId, password), storedHash, now + TTL_MILLIS));
  }

  private byte[] mac(String userId, String password) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      m.update(userId.getBytes(StandardCharsets.UTF_8));
      m.update((byte) 0);
      return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
