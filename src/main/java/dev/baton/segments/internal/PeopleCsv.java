package dev.baton.segments.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Person;
import dev.baton.platform.api.CursorPage;

/** Writes the people matching a query as CSV, a page at a time. */
@Component
public class PeopleCsv {

    private final PeopleSearch search;

    PeopleCsv(PeopleSearch search) {
        this.search = search;
    }

    public void write(String query, String caller, Writer out) throws IOException {
        search.validate(query, caller);
        out.write("id,first_name,last_name,email,phone,organisation,title,lifecycle_stage,source,tags,created_at\n");
        String cursor = null;
        do {
            CursorPage<Person> page = search.page(query, caller, cursor, 500);
            for (Person p : page.items()) {
                Person.Employment job = p.organisations().isEmpty() ? null : p.organisations().get(0);
                out.write(String.join(",", List.of(p.id().toString(), cell(p.firstName()), cell(p.lastName()),
                        cell(p.primaryEmail()), cell(p.phones().isEmpty() ? null : p.phones().get(0).number()),
                        cell(job == null ? null : job.name()), cell(job == null ? null : job.title()), cell(p.lifecycleStage()),
                        cell(p.source().original()), cell(String.join(";", p.tags())), p.createdAt().toString())));
                out.write('\n');
            }
            cursor = page.next();
        } while (cursor != null);
        out.flush();
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
