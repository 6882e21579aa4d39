package dev.baton.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.platform.db.DataDirectoryInUseException;
import dev.baton.platform.db.EmbeddedPostgresServer;

class EmbeddedPostgresServerTests {

    @TempDir
    Path data;

    @Test
    void rowsSurviveAStopAndStartOfTheServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
                Connection db = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement sql = db.createStatement()) {
            sql.execute("create table notes (body text)");
            sql.execute("insert into notes values ('written before the restart')");
            try (ResultSet rs = sql.executeQuery("show synchronous_commit")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
                Connection db = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select body from notes")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the restart");
        }
    }

    @Test
    void aDirectoryInUseIsRefusedWithAClearMessage() throws Exception {
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data)) {
            assertThat(running.port()).isPositive();
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("is in use by another Baton process")
                    .hasMessageContaining(data.toAbsolutePath().toString());
        }
    }
}
