package dev.lawimpact.drafts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, lockout, sessions again with the workspace on PostgreSQL. */
@QuarkusTest
@TestProfile(Postgres.Profile.class)
@ExtendWith(Postgres.Required.class)
class WorkspaceLoginPostgresTest extends WorkspaceLoginTest {}
