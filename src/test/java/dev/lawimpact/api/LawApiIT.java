package dev.lawimpact.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The law and provision tests against the packaged application. */
@QuarkusIntegrationTest
class LawApiIT extends LawApiTest {}
