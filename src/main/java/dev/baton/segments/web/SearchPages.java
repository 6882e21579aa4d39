package dev.baton.segments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import dev.baton.segments.SearchObject;
import dev.baton.segments.Segment;
import dev.baton.segments.internal.Matching;
import dev.baton.segments.internal.MatchesCsv;
import dev.baton.segments.internal.SavedSearches;

/**
 * The search page: people, organisations or deals; a query with its live count and matches, a
 * builder that writes conditions into the same text, and saved searches with their counts.
 */
@Controller
class SearchPages {

    /** Fields whose values are words (stage keys, types), written without quotes when they are one word. */
    private static final Set<String> WORD_FIELDS = Set.of("stage", "status", "type", "person.lifecycle", "deal.stage", "deal.status",
            "organisation.type");

    private final Matching search;
    private final SavedSearches segments;
    private final Contacts contacts;
    private final MatchesCsv csv;

    SearchPages(Matching search, SavedSearches segments, Contacts contacts, MatchesCsv csv) {
        this.search = search;
        this.segments = segments;
        this.contacts = contacts;
        this.csv = csv;
    }

    @GetMapping(value = "/searches/export.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    void export(@RequestParam(required = false) String object, @RequestParam String query, Authentication auth,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        SearchObject selects = SearchObject.of(object);
        search.validate(selects, query, auth.getName());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + MatchesCsv.fileName(selects) + "\"");
        csv.write(selects, query, auth.getName(), response.getWriter());
    }

    @Bean
    static NavItem searchesNav() {
        return new NavItem("Searches", "/searches", Permission.CONTACTS_READ.code(), 30);
    }

    @GetMapping("/searches")
    @PreAuthorize("hasAuthority('contacts.read')")
    String page(@RequestParam(required = false) String object, @RequestParam(required = false) String query, Authentication auth,
            Model model) {
        SearchObject selects = SearchObject.of(object);
        model.addAttribute("saved", segments.all());
        model.addAttribute("objects", SearchObject.values());
        model.addAttribute("fields", builderFields(selects));
        results(selects, query, auth, model);
        return "segments/searches";
    }

    @GetMapping("/searches/results")
    @PreAuthorize("hasAuthority('contacts.read')")
    String resultsFragment(@RequestParam(required = false) String object, @RequestParam(required = false) String query,
            Authentication auth, Model model) {
        results(SearchObject.of(object), query, auth, model);
        return "segments/searches :: results";
    }

    /** Adds one condition from the builder to the query text, the same text a person could type. */
    @PostMapping("/searches/builder")
    @PreAuthorize("hasAuthority('contacts.read')")
    String build(@RequestParam(defaultValue = "") String query, @RequestParam String field, @RequestParam String op,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "and") String join, Model model) {
        String literal = value.matches("-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}|me|nobody|true|false")
                || field.equals("lifecycle") || (WORD_FIELDS.contains(field) && value.matches("[A-Za-z_][A-Za-z0-9_.-]*")) ? value : "\"" + value.replace("\"", "\\\"") + "\"";
        String condition = field + " " + op + " " + literal;
        model.addAttribute("query", query.isBlank() ? condition : query.trim() + " " + ("or".equals(join) ? "or" : "and") + " " + condition);
        return "segments/searches :: query";
    }

    @PostMapping("/searches")
    @PreAuthorize("hasAuthority('contacts.read')")
    String save(@RequestParam String name, @RequestParam(required = false) String object, @RequestParam String query,
            Authentication auth, Model model) {
        try {
            Segment segment = segments.create(name, SearchObject.of(object), query, null, auth.getName());
            return "redirect:/searches/" + segment.id();
        } catch (QuerySyntaxException | InvalidInputException | ConflictException e) {
            model.addAttribute("saveProblem", e.getMessage());
            return page(object, query, auth, model);
        }
    }

    @GetMapping("/searches/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    String saved(@PathVariable UUID id, Authentication auth, Model model) {
        Segment segment = segments.get(id);
        model.addAttribute("segment", segment);
        return page(segment.object(), segment.query(), auth, model);
    }

    private void results(SearchObject object, String query, Authentication auth, Model model) {
        model.addAttribute("object", object);
        model.addAttribute("query", query);
        if (query == null || query.isBlank()) {
            return;
        }
        try {
            model.addAttribute("count", search.count(object, query, auth.getName()));
            model.addAttribute("matches", search.page(object, query, auth.getName(), null, 25).items());
        } catch (QuerySyntaxException e) {
            model.addAttribute("syntax", e);
        }
    }

    private List<String> builderFields(SearchObject object) {
        List<String> fields = new ArrayList<>();
        switch (object) {
            case PERSON -> {
                fields.addAll(List.of("lifecycle", "tag", "owner", "source", "consent", "name", "email", "city", "country", "created",
                        "organisation", "organisation.type"));
                contacts.customFields("person").forEach(f -> fields.add("custom." + f.key()));
                contacts.customFields("organisation").forEach(f -> fields.add("organisation.custom." + f.key()));
            }
            case ORGANISATION -> {
                fields.addAll(List.of("name", "type", "tag", "owner", "domain", "city", "country", "created", "people",
                        "person.lifecycle", "person.tag", "deal.status", "deal.amount"));
                contacts.customFields("organisation").forEach(f -> fields.add("custom." + f.key()));
            }
            case DEAL -> {
                fields.addAll(List.of("name", "pipeline", "stage", "status", "amount", "currency", "close", "owner", "created",
                        "organisation", "organisation.type", "person.lifecycle"));
                contacts.customFields("deal").forEach(f -> fields.add("custom." + f.key()));
            }
        }
        return fields;
    }
}
