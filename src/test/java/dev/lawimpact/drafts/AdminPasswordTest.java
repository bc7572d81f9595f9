package dev.lawimpact.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which first-administrator passwords the prod profile refuses to start with. */
class AdminPasswordTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "NULL", value = {
      "NULL, is empty",
      "'   ', is empty",
      "admin, is shorter than 12 characters",
      "changeme, is shorter than 12 characters",
      "passwordpassword, is a well-known default",
      "ADMIN123456, is shorter than 12 characters",
      "administrator, is a well-known default",
      "aaaaaaaaaaaaaaaa, has too few distinct characters",
      "correct-horse-battery-staple, NULL",
      "x7!Qz9#pLm2$, NULL",
  })
  void weakness(String password, String expected) {
    assertEquals(expected, WorkspaceStartup.weakness("admin", password));
  }
}
