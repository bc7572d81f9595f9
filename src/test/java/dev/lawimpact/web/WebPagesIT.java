package dev.lawimpact.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTML endpoint tests against the packaged application. */
@QuarkusIntegrationTest
class WebPagesIT extends WebPagesTest {}
