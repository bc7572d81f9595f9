package dev.lawimpact.drafts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hostile content again with the workspace on PostgreSQL. */
@QuarkusTest
@TestProfile(Postgres.Profile.class)
@ExtendWith(Postgres.Required.class)
class HostileContentPostgresTest extends HostileContentTest {}
