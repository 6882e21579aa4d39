package dev.baton.segments.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.CursorPage;
import dev.baton.segments.TermCriteria;
import dev.baton.segments.DealMatch;
import dev.baton.segments.OrganisationMatch;
import dev.baton.segments.SearchObject;
import dev.baton.segments.TermCriteria;

/** Runs queries over people, organisations and deals: how many match, and which, a page at a time in id order. */
@Service
public class Matching {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Identity identity;
    private final MatchRows rows;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<TermCriteria> terms;

    Matching(JdbcClient jdbc, Contacts contacts, Identity identity, MatchRows rows, Clock clock,
            org.springframework.beans.factory.ObjectProvider<TermCriteria> terms) {
        this.terms = terms;
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.identity = identity;
        this.rows = rows;
        this.clock = clock;
    }

    /** Checks that a query reads and refers only to what exists; returns its SQL. */
    public String validate(SearchObject object, String query, String callerEmail) {
        return compile(object, query, callerEmail).where();
    }

    public long count(SearchObject object, String query, String callerEmail) {
        Compiler.Sql sql = compile(object, query, callerEmail);
        return jdbc.sql("select count(*) from " + table(object) + " where " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    /** A page of matches: people as {@link Person}, organisations as {@link OrganisationMatch}, deals as {@link DealMatch}. */
    public CursorPage<?> page(SearchObject object, String query, String callerEmail, String cursor, int limit) {
        return switch (object) {
            case PERSON -> people(query, callerEmail, cursor, limit);
            case ORGANISATION -> organisations(query, callerEmail, cursor, limit);
            case DEAL -> deals(query, callerEmail, cursor, limit);
        };
    }

    public CursorPage<Person> people(String query, String callerEmail, String cursor, int limit) {
        CursorPage<UUID> page = ids(SearchObject.PERSON, query, callerEmail, cursor, limit);
        return new CursorPage<>(contacts.people(page.items()), page.next());
    }

    public CursorPage<OrganisationMatch> organisations(String query, String callerEmail, String cursor, int limit) {
        CursorPage<UUID> page = ids(SearchObject.ORGANISATION, query, callerEmail, cursor, limit);
        return new CursorPage<>(rows.organisations(page.items()), page.next());
    }

    public CursorPage<DealMatch> deals(String query, String callerEmail, String cursor, int limit) {
        CursorPage<UUID> page = ids(SearchObject.DEAL, query, callerEmail, cursor, limit);
        return new CursorPage<>(rows.deals(page.items()), page.next());
    }

    private CursorPage<UUID> ids(SearchObject object, String query, String callerEmail, String cursor, int limit) {
        Compiler.Sql sql = compile(object, query, callerEmail);
        String id = alias(object) + ".id";
        UUID after = CursorPage.decodeId(cursor);
        List<UUID> ids = jdbc.sql("select " + id + " from " + table(object) + " where " + sql.where()
                        + " and (cast(:after as uuid) is null or " + id + " > :after) order by " + id + " limit :limit")
                .params(sql.params()).param("after", after).param("limit", limit + 1).query(UUID.class).list();
        return CursorPage.of(ids, limit, UUID::toString);
    }

    /** The compiled condition of a query, for set-based statements elsewhere. */
    Compiler.Sql compiled(SearchObject object, String query, String callerEmail) {
        return compile(object, query, callerEmail);
    }

    private Compiler.Sql compile(SearchObject object, String query, String callerEmail) {
        UUID me = callerEmail == null ? null : identity.userByEmail(callerEmail).map(User::id).orElse(null);
        Compiler.Context context = new Compiler.Context(object, me, clock.instant(), new SearchWorkspace(jdbc, contacts, identity, terms.getIfAvailable()));
        return Compiler.compile(Parser.parse(query), context);
    }

    private static String table(SearchObject object) {
        return switch (object) {
            case PERSON -> "people p";
            case ORGANISATION -> "organisations o";
            case DEAL -> "deals d";
        };
    }

    private static String alias(SearchObject object) {
        return table(object).substring(table(object).length() - 1);
    }
}
