package dev.lawimpact.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The impact tests against the packaged application. */
@QuarkusIntegrationTest
class ImpactApiIT extends ImpactApiTest {}
