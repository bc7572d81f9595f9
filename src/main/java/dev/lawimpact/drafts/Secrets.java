package dev.lawimpact.drafts;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random ids and tokens, password hashing (bcrypt via Elytron), digests: the workspace's only crypto. */
final class Secrets {
  private Secrets() {}

  private static final SecureRandom RANDOM = new SecureRandom();
  /** 128 random bits, url-safe base64 without padding: 22 characters. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

  static String newId() {
    return random(16);
  }

  /** 256-bit tokens for sessions and CSRF. */
  static String newToken() {
    return random(32);
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hashPassword(String password, int cost) {
    return BcryptUtil.bcryptHash(password, cost);
  }

  static boolean matches(String password, String hash) {
    try {
      return BcryptUtil.matches(password, hash);
    } catch (RuntimeException e) {
      return false; // an unreadable stored hash never lets anyone in
    }
  }

  /** Constant-time comparison for tokens. */
  static boolean same(String a, String b) {
    if (a == null || b == null) return false;
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
