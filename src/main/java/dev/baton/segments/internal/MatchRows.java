package dev.baton.segments.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.segments.DealMatch;
import dev.baton.segments.OrganisationMatch;

/**
 * Reads what a list of matching organisations or deals shows, a page in one query each, from the
 * contacts and deals tables (read-only; docs/segments.md).
 */
@Component
class MatchRows {

    private final JdbcClient jdbc;

    MatchRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations with these ids, in id order. */
    List<OrganisationMatch> organisations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select o.id, o.name, o.type, o.domain, o.address->>'city' as city, o.address->>'country' as country, o.owner_id,
                       o.created_at, (select count(*) from employments em where em.organisation_id = o.id) as people,
                       array(select t.name from organisation_tags ot join tags t on t.id = ot.tag_id
                             where ot.organisation_id = o.id order by lower(t.name)) as tags
                from organisations o where o.id = any(:ids) order by o.id""")
                .param("ids", ids.toArray(UUID[]::new)).query(MatchRows::organisation).list();
    }

    /** The deals with these ids, in id order. */
    List<DealMatch> deals(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.id, d.name, d.pipeline_id, pl.name as pipeline_name, s.key as stage, s.name as stage_name, d.status,
                       d.amount, d.currency, d.expected_close, d.owner_id, d.organisation_id, o.name as organisation_name,
                       d.created_at
                from deals d join pipelines pl on pl.id = d.pipeline_id join pipeline_stages s on s.id = d.stage_id
                     left join organisations o on o.id = d.organisation_id
                where d.id = any(:ids) order by d.id""")
                .param("ids", ids.toArray(UUID[]::new)).query(MatchRows::deal).list();
    }

    private static OrganisationMatch organisation(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        return new OrganisationMatch(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("type"),
                rs.getString("domain"), rs.getString("city"), rs.getString("country"), rs.getObject("owner_id", UUID.class),
                List.of((String[]) tags.getArray()), rs.getLong("people"), rs.getTimestamp("created_at").toInstant());
    }

    private static DealMatch deal(ResultSet rs, int row) throws SQLException {
        java.sql.Date close = rs.getDate("expected_close");
        return new DealMatch(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("pipeline_id", UUID.class),
                rs.getString("pipeline_name"), rs.getString("stage"), rs.getString("stage_name"), rs.getString("status"),
                rs.getBigDecimal("amount"), rs.getString("currency"), close == null ? null : close.toLocalDate(),
                rs.getObject("owner_id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
