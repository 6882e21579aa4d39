package dev.baton.platform.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the person who started Baton where it runs and, for the demo, how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final List<DemoData> parts;
    private final JdbcClient jdbc;

    StartupBanner(List<DemoData> parts, JdbcClient jdbc) {
        this.parts = parts;
        this.jdbc = jdbc;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder banner = new StringBuilder("\n\n  Baton is running at http://localhost:" + port + "/\n");
        boolean demo = jdbc.sql("select coalesce(bool_or(demo), false) from workspace").query(Boolean.class).single();
        if (demo) {
            parts.stream().sorted(Comparator.comparingInt(DemoData::order))
                    .flatMap(p -> p.banner().stream())
                    .forEach(line -> banner.append("  ").append(line).append('\n'));
        }
        log.info(banner.toString());
    }
}
