package dev.baton.segments.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.CursorPage;

/** Runs queries over people: how many match, and who, a page at a time. */
@Service
public class PeopleSearch {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Identity identity;
    private final Clock clock;

    PeopleSearch(JdbcClient jdbc, Contacts contacts, Identity identity, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.identity = identity;
        this.clock = clock;
    }

    /** Checks that a query reads and refers only to what exists; returns its SQL. */
    public String validate(String query, String callerEmail) {
        return compile(query, callerEmail).where();
    }

    public long count(String query, String callerEmail) {
        Compiler.Sql sql = compile(query, callerEmail);
        return jdbc.sql("select count(*) from people p where " + sql.where()).params(sql.params()).query(Long.class).single();
    }

    public CursorPage<Person> page(String query, String callerEmail, String cursor, int limit) {
        Compiler.Sql sql = compile(query, callerEmail);
        UUID after = CursorPage.decodeId(cursor);
        List<UUID> ids = jdbc.sql("select p.id from people p where " + sql.where()
                        + " and (cast(:after as uuid) is null or p.id > :after) order by p.id limit :limit")
                .params(sql.params()).param("after", after).param("limit", limit + 1).query(UUID.class).list();
        CursorPage<UUID> page = CursorPage.of(ids, limit, UUID::toString);
        return new CursorPage<>(contacts.people(page.items()), page.next());
    }

    private Compiler.Sql compile(String query, String callerEmail) {
        UUID me = callerEmail == null ? null : identity.userByEmail(callerEmail).map(User::id).orElse(null);
        Compiler.Context context = new Compiler.Context(contacts.lifecycleStages(), contacts.customFields("person"),
                contacts.customFields("organisation"), me, email -> identity.userByEmail(email).map(User::id), this::savedQuery,
                clock.instant());
        return Compiler.compile(Parser.parse(query), context);
    }

    private Optional<String> savedQuery(String name) {
        return jdbc.sql("select query from segments where lower(name) = lower(:name)").param("name", name).query(String.class).optional();
    }

    Map<String, Object> explain(String query, String callerEmail) {
        Compiler.Sql sql = compile(query, callerEmail);
        return Map.of("where", sql.where(), "parameters", sql.params().size());
    }
}
