package dev.lawimpact.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The link tests against the packaged application. */
@QuarkusIntegrationTest
class LinkApiIT extends LinkApiTest {}
