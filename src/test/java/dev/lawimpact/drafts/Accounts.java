package dev.lawimpact.drafts;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test accounts created through the admin API. Names carry a per-run suffix: the embedded database
 * under target/test-data (and a PostgreSQL database) outlive one test run.
 */
final class Accounts {
  private Accounts() {}

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = System.getProperty("lawimpact.test.admin-password", "test-admin-password");
  static final String PASSWORD = "correct-horse-battery";

  static String unique(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static RequestSpecification as(String user) {
    return given().auth().preemptive().basic(user, user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD);
  }

  /** Creates an account with the given roles and returns its name. */
  static String create(String base, String... roles) {
    String name = unique(base);
    as(ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", name, "password", PASSWORD, "roles", List.of(roles)))
        .post("/api/admin/users").then().statusCode(201);
    return name;
  }
}
