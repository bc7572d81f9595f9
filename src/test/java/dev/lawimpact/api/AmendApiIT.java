package dev.lawimpact.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The amendment and diff tests against the packaged application. */
@QuarkusIntegrationTest
class AmendApiIT extends AmendApiTest {}
