package dev.baton.deals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import dev.baton.deals.Deal;
import dev.baton.platform.api.CursorPage;

/** Reads deals whole, with their people and line items, in one round trip. */
@Component
public class DealReader {

    static final String SELECT = """
            select d.*, s.key as stage_key, s.name as stage_name, o.name as organisation_name,
              coalesce((select json_agg(json_build_object('person', dp.person_id, 'name', trim(p.first_name || ' ' || p.last_name),
                                                          'role', dp.role) order by p.last_name)
                        from deal_people dp join people p on p.id = dp.person_id where dp.deal_id = d.id), '[]') as people_json,
              coalesce((select json_agg(json_build_object('product', li.product, 'quantity', li.quantity, 'unitPrice', li.unit_price)
                                        order by li.position)
                        from deal_line_items li where li.deal_id = d.id), '[]') as items_json
            from deals d join pipeline_stages s on s.id = d.stage_id left join organisations o on o.id = d.organisation_id
            """;

    /** What a list of deals can be narrowed by; null means any. */
    public record DealFilter(UUID pipeline, String stage, UUID owner, UUID organisation, String status) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DealReader(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Deal> find(UUID id) {
        return jdbc.sql(SELECT + "where d.id = :id").param("id", id).query(this::deal).optional();
    }

    public CursorPage<Deal> list(DealFilter filter, String cursor, int limit) {
        UUID after = CursorPage.decodeId(cursor);
        List<Deal> rows = jdbc.sql(SELECT + """
                where (cast(:after as uuid) is null or d.id > :after)
                  and (cast(:pipeline as uuid) is null or d.pipeline_id = :pipeline)
                  and (cast(:stage as text) is null or s.key = :stage)
                  and (cast(:owner as uuid) is null or d.owner_id = :owner)
                  and (cast(:organisation as uuid) is null or d.organisation_id = :organisation)
                  and (cast(:status as text) is null or d.status = :status)
                order by d.id limit :limit""")
                .param("after", after).param("pipeline", filter.pipeline()).param("stage", filter.stage())
                .param("owner", filter.owner()).param("organisation", filter.organisation()).param("status", filter.status())
                .param("limit", limit + 1).query(this::deal).list();
        return CursorPage.of(rows, limit, d -> d.id().toString());
    }

    private Deal deal(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        java.sql.Date close = rs.getDate("expected_close");
        return new Deal(rs.getObject("id", UUID.class), rs.getObject("pipeline_id", UUID.class), rs.getString("stage_key"),
                rs.getString("stage_name"), rs.getString("name"), rs.getBigDecimal("amount"), rs.getString("currency"),
                close == null ? null : close.toLocalDate(), rs.getObject("owner_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("status"),
                rs.getString("close_reason"), closed == null ? null : closed.toInstant(),
                json.readValue(rs.getString("people_json"), new TypeReference<List<Deal.DealPerson>>() { }),
                json.readValue(rs.getString("items_json"), new TypeReference<List<Deal.LineItem>>() { }),
                json.readValue(rs.getString("custom"), new TypeReference<java.util.Map<String, Object>>() { }),
                rs.getLong("version"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
