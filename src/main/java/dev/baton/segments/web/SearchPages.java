package dev.baton.segments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.contacts.Contacts;
import dev.baton.identity.Permission;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.web.NavItem;
import dev.baton.segments.QuerySyntaxException;
import dev.baton.segments.Segment;
import dev.baton.segments.internal.PeopleCsv;
import dev.baton.segments.internal.PeopleSearch;
import dev.baton.segments.internal.SavedSearches;

/**
 * The search page: a query with its live count and matches, a builder that writes conditions
 * into the same text, and saved searches with their counts.
 */
@Controller
class SearchPages {

    private final PeopleSearch search;
    private final SavedSearches segments;
    private final Contacts contacts;
    private final PeopleCsv csv;

    SearchPages(PeopleSearch search, SavedSearches segments, Contacts contacts, PeopleCsv csv) {
        this.search = search;
        this.segments = segments;
        this.contacts = contacts;
        this.csv = csv;
    }

    @GetMapping(value = "/searches/export.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    void export(@RequestParam String query, Authentication auth, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        search.validate(query, auth.getName());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"people.csv\"");
        csv.write(query, auth.getName(), response.getWriter());
    }

    @Bean
    static NavItem searchesNav() {
        return new NavItem("Searches", "/searches", Permission.CONTACTS_READ.code(), 30);
    }

    @GetMapping("/searches")
    @PreAuthorize("hasAuthority('contacts.read')")
    String page(@RequestParam(required = false) String query, Authentication auth, Model model) {
        model.addAttribute("saved", segments.all());
        model.addAttribute("fields", builderFields());
        results(query, auth, model);
        return "segments/searches";
    }

    @GetMapping("/searches/results")
    @PreAuthorize("hasAuthority('contacts.read')")
    String resultsFragment(@RequestParam(required = false) String query, Authentication auth, Model model) {
        results(query, auth, model);
        return "segments/searches :: results";
    }

    /** Adds one condition from the builder to the query text, the same text a person could type. */
    @PostMapping("/searches/builder")
    @PreAuthorize("hasAuthority('contacts.read')")
    String build(@RequestParam(defaultValue = "") String query, @RequestParam String field, @RequestParam String op,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "and") String join, Model model) {
        String literal = value.matches("-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}|me|nobody|true|false")
                || field.equals("lifecycle") ? value : "\"" + value.replace("\"", "\\\"") + "\"";
        String condition = field + " " + op + " " + literal;
        model.addAttribute("query", query.isBlank() ? condition : query.trim() + " " + ("or".equals(join) ? "or" : "and") + " " + condition);
        return "segments/searches :: query";
    }

    @PostMapping("/searches")
    @PreAuthorize("hasAuthority('contacts.read')")
    String save(@RequestParam String name, @RequestParam String query, Authentication auth, Model model) {
        try {
            Segment segment = segments.create(name, query, null, auth.getName());
            return "redirect:/searches/" + segment.id();
        } catch (QuerySyntaxException | InvalidInputException | ConflictException e) {
            model.addAttribute("saveProblem", e.getMessage());
            return page(query, auth, model);
        }
    }

    @GetMapping("/searches/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    String saved(@PathVariable UUID id, Authentication auth, Model model) {
        Segment segment = segments.get(id);
        model.addAttribute("segment", segment);
        return page(segment.query(), auth, model);
    }

    private void results(String query, Authentication auth, Model model) {
        model.addAttribute("query", query);
        if (query == null || query.isBlank()) {
            return;
        }
        try {
            model.addAttribute("count", search.count(query, auth.getName()));
            model.addAttribute("matches", search.page(query, auth.getName(), null, 25).items());
        } catch (QuerySyntaxException e) {
            model.addAttribute("syntax", e);
        }
    }

    private List<String> builderFields() {
        List<String> fields = new ArrayList<>(List.of("lifecycle", "tag", "owner", "source", "consent", "name", "email", "city",
                "country", "created", "organisation", "organisation.type"));
        contacts.customFields("person").forEach(f -> fields.add("custom." + f.key()));
        contacts.customFields("organisation").forEach(f -> fields.add("organisation.custom." + f.key()));
        return fields;
    }
}
