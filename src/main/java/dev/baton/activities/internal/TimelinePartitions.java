package dev.baton.activities.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The timeline's monthly partitions. The months around today are created at start and every day
 * ahead of time; a write for another month (a backdated import) creates its partition in the
 * writer's own transaction — a separate one would wait for the lock the writer already holds.
 */
@Component
@Order(10)
class TimelinePartitions implements ApplicationRunner {

    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TimelinePartitions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        prepareAhead();
    }

    /** Keeps this month's and the next two months' partitions ready. */
    @Scheduled(cron = "0 7 3 * * *", zone = "UTC")
    void prepareAhead() {
        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            create(now.plusMonths(i));
        }
    }

    void ensure(Collection<Instant> times) {
        times.stream().map(t -> YearMonth.from(t.atZone(ZoneOffset.UTC))).distinct()
                .filter(month -> !known.contains(month))
                .forEach(this::create);
    }

    private void create(YearMonth month) {
        String name = "activities_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
        Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name);
        if (!Boolean.TRUE.equals(exists)) {
            jdbc.execute("create table if not exists " + name + " partition of activities for values from ('"
                    + month.atDay(1) + " 00:00:00+00') to ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // if the writer's transaction rolls back, so does the partition: remember it only once committed
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    known.add(month);
                }
            });
        } else {
            known.add(month);
        }
    }
}
