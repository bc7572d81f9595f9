package dev.lawimpact.drafts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** The authorisation matrix again with the workspace on PostgreSQL. */
@QuarkusTest
@TestProfile(Postgres.Profile.class)
@ExtendWith(Postgres.Required.class)
class DraftAuthorisationPostgresTest extends DraftAuthorisationTest {}
