package dev.baton.activities.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the monthly partition of the timeline before the first entry of a month is written, in
 * its own short transaction so the DDL lock is not held by the writer's transaction.
 */
@Component
class TimelinePartitions {

    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    TimelinePartitions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void ensure(Collection<Instant> times) {
        times.stream().map(t -> YearMonth.from(t.atZone(ZoneOffset.UTC))).distinct()
                .filter(month -> !known.contains(month))
                .forEach(this::create);
    }

    private void create(YearMonth month) {
        String name = "activities_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
        String sql = "create table if not exists " + name + " partition of activities for values from ('"
                + month.atDay(1) + " 00:00:00+00') to ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')";
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.execute(sql));
        } catch (RuntimeException e) {
            // another node may have created it at the same moment; it only matters that it exists now
            Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name);
            if (!Boolean.TRUE.equals(exists)) {
                throw e;
            }
        }
        known.add(month);
    }
}
