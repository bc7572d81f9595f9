package dev.lawimpact.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The search tests against the packaged application (target/quarkus-app/quarkus-run.jar). */
@QuarkusIntegrationTest
class SearchApiIT extends SearchApiTest {}
