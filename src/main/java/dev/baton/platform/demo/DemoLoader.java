package dev.baton.platform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.platform.BatonProperties;

/** Loads the demo workspace once, on the first start of a database, unless BATON_DEMO=false. */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoData> parts;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final BatonProperties properties;
    private final Clock clock;

    DemoLoader(List<DemoData> parts, JdbcClient jdbc, TransactionTemplate tx, BatonProperties properties, Clock clock) {
        this.parts = parts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean decided = jdbc.sql("select count(*) from workspace").query(Long.class).single() > 0;
        if (decided) {
            return;
        }
        if (!properties.demo()) {
            tx.executeWithoutResult(s -> markWorkspace(false));
            log.info("Demo workspace skipped (BATON_DEMO=false)");
            return;
        }
        Instant start = clock.instant();
        tx.executeWithoutResult(s -> {
            parts.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
            markWorkspace(true);
        });
        log.info("Demo workspace Arcadia Storage loaded in {} ms", Duration.between(start, clock.instant()).toMillis());
    }

    private void markWorkspace(boolean demo) {
        jdbc.sql("insert into workspace (id, name, demo, created_at) values (1, :name, :demo, now())")
                .param("name", demo ? "Arcadia Storage" : "Baton")
                .param("demo", demo)
                .update();
    }
}
