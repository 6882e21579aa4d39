package dev.baton.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.baton.support.BatonProcess;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import dev.baton.support.SmokeChecks;

/**
 * Baton on a PostgreSQL it reaches only through BATON_DB_URL, BATON_DB_USER and BATON_DB_PASSWORD:
 * a separate server started here and used as an external one.
 */
class ExternalDatabaseTests {

    static final String TOKEN = "external-db-token-9c44e1f2";

    static final Pattern GENERATED = Pattern.compile("Generated password \\(shown only this once\\): (\\S+)");

    @TempDir
    Path work;

    @Test
    void theSmokeTourPassesOnAnExternalPostgres() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("external-pg")).setCleanDataDirectory(true).start()) {
            try (Connection db = external.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
                sql.execute("create user baton_app password 'app-secret'");
                sql.execute("create database baton owner baton_app");
            }
            Path data = work.resolve("data");
            Map<String, String> env = Map.of(
                    "BATON_DB_URL", "jdbc:postgresql://localhost:" + external.getPort() + "/baton",
                    "BATON_DB_USER", "baton_app",
                    "BATON_DB_PASSWORD", "app-secret",
                    "BATON_DATA_DIR", data.toString(),
                    "BATON_DEMO", "false",
                    "BATON_BOOTSTRAP_TOKEN", TOKEN);

            try (BatonProcess baton = BatonProcess.start(env, work.resolve("baton.log"))) {
                String base = baton.awaitReady(Duration.ofSeconds(120));
                SmokeChecks.run(base, TOKEN, "smoke.external@example.com");

                Matcher generated = GENERATED.matcher(baton.output());
                assertThat(generated.find()).as("the generated admin password is logged once").isTrue();
                assertThat(SignIn.as(Http.browser(base), "admin@baton.local", generated.group(1)).header("Location"))
                        .doesNotContain("error");
                assertThat(generated.find()).isFalse();
                baton.stop();
            }

            assertThat(data.resolve("postgres")).as("no embedded server was started").doesNotExist();
            try (Connection db = external.getDatabase("baton_app", "baton").getConnection();
                    Statement sql = db.createStatement();
                    ResultSet rs = sql.executeQuery("select display_name from users where email = 'smoke.external@example.com'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Smoke Test");
            }
        }
    }
}
