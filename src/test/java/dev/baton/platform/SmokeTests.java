package dev.baton.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.SmokeChecks;

/** The smoke tour on the embedded PostgreSQL (ExternalDatabaseTests runs it on an external one). */
@BatonTest
class SmokeTests {

    @LocalServerPort
    int port;

    @Test
    void theSmokeTourPassesOnTheEmbeddedDatabase() {
        SmokeChecks.run("http://localhost:" + port, BatonTest.ADMIN_TOKEN, "smoke.embedded@example.com");
    }
}
