package dev.baton.segments.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.CursorPage;
import dev.baton.segments.DealMatch;
import dev.baton.segments.OrganisationMatch;
import dev.baton.segments.SearchObject;

/** Writes the people, organisations or deals matching a query as CSV, a page at a time. */
@Component
public class MatchesCsv {

    private static final int PAGE = 500;

    private final Matching matching;
    private final Identity identity;

    MatchesCsv(Matching matching, Identity identity) {
        this.matching = matching;
        this.identity = identity;
    }

    /** The file name a download of these matches gets. */
    public static String fileName(SearchObject object) {
        return object.plural() + ".csv";
    }

    public void write(SearchObject object, String query, String caller, Writer out) throws IOException {
        matching.validate(object, query, caller);
        switch (object) {
            case PERSON -> people(query, caller, out);
            case ORGANISATION -> organisations(query, caller, out);
            case DEAL -> deals(query, caller, out);
        }
        out.flush();
    }

    private void people(String query, String caller, Writer out) throws IOException {
        out.write("id,first_name,last_name,email,phone,organisation,title,lifecycle_stage,source,tags,created_at\n");
        String cursor = null;
        do {
            CursorPage<Person> page = matching.people(query, caller, cursor, PAGE);
            for (Person p : page.items()) {
                Person.Employment job = p.organisations().isEmpty() ? null : p.organisations().get(0);
                line(out, p.id().toString(), cell(p.firstName()), cell(p.lastName()), cell(p.primaryEmail()),
                        cell(p.phones().isEmpty() ? null : p.phones().get(0).number()), cell(job == null ? null : job.name()),
                        cell(job == null ? null : job.title()), cell(p.lifecycleStage()), cell(p.source().original()),
                        cell(String.join(";", p.tags())), p.createdAt().toString());
            }
            cursor = page.next();
        } while (cursor != null);
    }

    private void organisations(String query, String caller, Writer out) throws IOException {
        out.write("id,name,type,domain,city,country,owner,tags,people,created_at\n");
        Map<UUID, String> owners = new HashMap<>();
        String cursor = null;
        do {
            CursorPage<OrganisationMatch> page = matching.organisations(query, caller, cursor, PAGE);
            for (OrganisationMatch o : page.items()) {
                line(out, o.id().toString(), cell(o.name()), cell(o.type()), cell(o.domain()), cell(o.city()), cell(o.country()),
                        cell(owner(o.owner(), owners)), cell(String.join(";", o.tags())), String.valueOf(o.people()),
                        o.createdAt().toString());
            }
            cursor = page.next();
        } while (cursor != null);
    }

    private void deals(String query, String caller, Writer out) throws IOException {
        out.write("id,name,pipeline,stage,status,amount,currency,expected_close,owner,organisation,created_at\n");
        Map<UUID, String> owners = new HashMap<>();
        String cursor = null;
        do {
            CursorPage<DealMatch> page = matching.deals(query, caller, cursor, PAGE);
            for (DealMatch d : page.items()) {
                line(out, d.id().toString(), cell(d.name()), cell(d.pipelineName()), cell(d.stage()), cell(d.status()),
                        d.amount().toPlainString(), cell(d.currency()), d.expectedClose() == null ? "" : d.expectedClose().toString(),
                        cell(owner(d.owner(), owners)), cell(d.organisationName()), d.createdAt().toString());
            }
            cursor = page.next();
        } while (cursor != null);
    }

    private String owner(UUID id, Map<UUID, String> known) {
        return id == null ? null : known.computeIfAbsent(id, i -> identity.user(i).map(User::email).orElse(i.toString()));
    }

    private static void line(Writer out, String... cells) throws IOException {
        out.write(String.join(",", List.of(cells)));
        out.write('\n');
    }

    /** Quotes where needed; a leading =, +, - or @ gets an apostrophe so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        String safe = formula ? "'" + value : value;
        boolean quote = formula || safe.contains(",") || safe.contains("\"") || safe.contains("\n");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
