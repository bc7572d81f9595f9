package dev.lawimpact.drafts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  @Test
  void onlyTheSamePasswordForTheSameHashWithinFiveMinutes() {
    VerifiedPasswords v = new VerifiedPasswords();
    long t = 1_000_000;
    assertFalse(v.recently("u1", "pw-1234567", "$2a$hash1", t));
    v.remember("u1", "pw-1234567", "$2a$hash1", t);
    assertTrue(v.recently("u1", "pw-1234567", "$2a$hash1", t + 60_000));
    assertFalse(v.recently("u1", "pw-1234568", "$2a$hash1", t + 60_000), "another password");
    assertFalse(v.recently("u2", "pw-1234567", "$2a$hash1", t + 60_000), "another user");
    assertFalse(v.recently("u1", "pw-1234567", "$2a$hash2", t + 60_000), "password was reset");
    assertFalse(v.recently("u1", "pw-1234567", "$2a$hash1", t + 5 * 60_000 + 1), "expired");
  }
}
