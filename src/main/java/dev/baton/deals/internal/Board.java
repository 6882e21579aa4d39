package dev.baton.deals.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.deals.Pipeline;

/**
 * A pipeline as columns of cards: open deals in every open stage, and deals won or lost in the
 * last 90 days; each column with its total and its weighted forecast (amount × probability).
 */
@Component
public class Board {

    static final Duration CLOSED_SHOWN = Duration.ofDays(90);

    /** A card on the board. */
    public record Card(UUID id, String name, BigDecimal amount, String currency, String organisation, String closeReason,
            long version) {
    }

    /** A stage's column. */
    public record Column(Pipeline.Stage stage, List<Card> cards, BigDecimal total, BigDecimal weighted) {
    }

    /** The whole board of a pipeline. */
    public record View(Pipeline pipeline, List<Column> columns, BigDecimal openTotal, BigDecimal forecast) {
    }

    private final JdbcClient jdbc;
    private final Pipelines pipelines;
    private final Clock clock;

    Board(JdbcClient jdbc, Pipelines pipelines, Clock clock) {
        this.jdbc = jdbc;
        this.pipelines = pipelines;
        this.clock = clock;
    }

    public View of(UUID pipelineId) {
        Pipeline pipeline = pipelines.get(pipelineId);
        Timestamp since = Timestamp.from(clock.instant().minus(CLOSED_SHOWN));
        List<Column> columns = pipeline.stages().stream().map(stage -> {
            List<Card> cards = jdbc.sql("""
                    select d.id, d.name, d.amount, d.currency, o.name as organisation, d.close_reason, d.version
                    from deals d left join organisations o on o.id = d.organisation_id
                    where d.stage_id = :stage and (d.status = 'open' or d.closed_at >= :since)
                    order by d.amount desc, d.id""")
                    .param("stage", stage.id()).param("since", since)
                    .query((rs, n) -> new Card(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBigDecimal("amount"),
                            rs.getString("currency"), rs.getString("organisation"), rs.getString("close_reason"), rs.getLong("version")))
                    .list();
            BigDecimal total = cards.stream().map(Card::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal weighted = total.multiply(BigDecimal.valueOf(stage.probability())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            return new Column(stage, cards, total, weighted);
        }).toList();
        List<Column> open = columns.stream().filter(c -> "open".equals(c.stage().outcome())).toList();
        return new View(pipeline, columns, open.stream().map(Column::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                open.stream().map(Column::weighted).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
