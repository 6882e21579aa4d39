package dev.baton.contacts.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.contacts.internal.CustomFieldDirectory;
import dev.baton.contacts.internal.OrganisationDirectory;
import dev.baton.contacts.internal.PersonReader;
import dev.baton.platform.api.CursorPage;

/** The organisations list and an organisation's page: its people and the single customer view. */
@Controller
class OrganisationPages {

    private final OrganisationDirectory organisations;
    private final PersonReader people;
    private final CustomFieldDirectory fields;

    OrganisationPages(OrganisationDirectory organisations, PersonReader people, CustomFieldDirectory fields) {
        this.organisations = organisations;
        this.people = people;
        this.fields = fields;
    }

    @GetMapping("/organisations")
    @PreAuthorize("hasAuthority('contacts.read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String cursor, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("page", organisations.list(q, type, cursor, CursorPage.DEFAULT_LIMIT));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        return htmx != null ? "contacts/organisations :: rows" : "contacts/organisations";
    }

    @GetMapping("/organisations/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("people", people.list(new PersonReader.PeopleFilter(null, null, null, null, id), null, CursorPage.MAX_LIMIT).items());
        model.addAttribute("fields", fields.of("organisation"));
        return "contacts/organisation";
    }
}
