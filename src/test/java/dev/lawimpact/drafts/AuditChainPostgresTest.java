package dev.lawimpact.drafts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit hash chain again on PostgreSQL. */
@QuarkusTest
@TestProfile(Postgres.Profile.class)
@ExtendWith(Postgres.Required.class)
class AuditChainPostgresTest extends AuditChainTest {}
