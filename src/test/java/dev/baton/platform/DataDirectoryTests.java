package dev.baton.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.support.BatonProcess;
import dev.baton.support.Http;

/**
 * Baton run as a user runs it, in its own processes on one data directory: a second process is
 * turned away, a hard kill loses nothing and leaves nothing in the way, data survives restarts.
 */
class DataDirectoryTests {

    static final String TOKEN = "process-test-token-5b1d0e7a";

    @TempDir
    Path work;

    @Test
    void aSecondProcessIsTurnedAwayAndAKilledBatonRestartsWithItsData() throws Exception {
        Path data = work.resolve("data");
        Map<String, String> env = Map.of("BATON_DATA_DIR", data.toString(), "BATON_DEMO", "false",
                "BATON_ADMIN_PASSWORD", "process-test-password", "BATON_BOOTSTRAP_TOKEN", TOKEN);

        try (BatonProcess first = BatonProcess.start(env, work.resolve("first.log"))) {
            String base = first.awaitReady(Duration.ofSeconds(120));
            var created = Http.api(base, TOKEN).post("/api/v1/users", Map.of("email", "kept@example.com",
                    "displayName", "Kept Across Restarts", "password", "a-long-enough-secret", "roles", List.of()));
            assertThat(created.status()).isEqualTo(201);

            try (BatonProcess second = BatonProcess.start(env, work.resolve("second.log"))) {
                assertThat(second.awaitExit(Duration.ofSeconds(120))).isNotZero();
                assertThat(second.output()).contains("is in use by another Baton process");
            }

            first.kill();
        }
        Path pidFile = data.resolve("postgres/postmaster.pid");
        assertThat(pidFile).as("PostgreSQL outlives a killed Baton").exists();
        long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (BatonProcess third = BatonProcess.start(env, work.resolve("third.log"))) {
            String base = third.awaitReady(Duration.ofSeconds(120));
            assertThat(third.output()).contains("left running by a Baton process that did not shut down")
                    .doesNotContain("First administrator");
            Http admin = Http.api(base, TOKEN);
            var kept = admin.get("/api/v1/users?q=kept@example.com").json().get("items");
            assertThat(kept.size()).isEqualTo(1);
            assertThat(kept.get(0).get("displayName").asString()).isEqualTo("Kept Across Restarts");
            assertThat(admin.get("/api/v1/users").json().get("items").size()).as("no second first start").isEqualTo(2);

            assertThat(third.stop()).isIn(0, 143);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(pidFile).as("an orderly stop stops PostgreSQL too").doesNotExist();
    }
}
