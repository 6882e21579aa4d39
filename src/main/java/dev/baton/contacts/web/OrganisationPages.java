package dev.baton.contacts.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.contacts.Organisation;
import dev.baton.contacts.internal.CustomFieldDirectory;
import dev.baton.contacts.internal.OrganisationDirectory;
import dev.baton.contacts.internal.PersonReader;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.KeysetSort;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.StaleVersionException;

/** The organisations list and an organisation's page: its people and the single customer view. */
@Controller
class OrganisationPages {

    private final OrganisationDirectory organisations;
    private final PersonReader people;
    private final CustomFieldDirectory fields;
    private final Identity identity;

    OrganisationPages(OrganisationDirectory organisations, PersonReader people, CustomFieldDirectory fields, Identity identity) {
        this.identity = identity;
        this.organisations = organisations;
        this.people = people;
        this.fields = fields;
    }

    @GetMapping("/organisations")
    @PreAuthorize("hasAuthority('contacts.read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("page", organisations.list(q, type, KeysetSort.parse(sort, OrganisationDirectory.SORTS, "created"), cursor,
                CursorPage.DEFAULT_LIMIT));
        model.addAttribute("sort", sort == null || sort.isBlank() ? "created" : sort);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        return htmx != null ? "contacts/organisations :: rows" : "contacts/organisations";
    }

    @GetMapping("/organisations/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    String show(@PathVariable UUID id, Model model) {
        facts(organisations.get(id), model);
        model.addAttribute("people", people.list(new PersonReader.PeopleFilter(null, null, null, null, id), null, CursorPage.MAX_LIMIT).items());
        return "contacts/organisation";
    }

    @GetMapping("/organisations/{id}/facts")
    @PreAuthorize("hasAuthority('contacts.read')")
    String facts(@PathVariable UUID id, Model model) {
        facts(organisations.get(id), model);
        return "contacts/organisation :: facts";
    }

    @GetMapping("/organisations/{id}/edit")
    @PreAuthorize("hasAuthority('contacts.write')")
    String edit(@PathVariable UUID id, Model model) {
        Organisation organisation = organisations.get(id);
        return editForm(organisation, OrganisationForm.of(organisation), List.of(), model);
    }

    /** Saves the inline edit at the version the form was read. */
    @PostMapping("/organisations/{id}/details")
    @PreAuthorize("hasAuthority('contacts.write')")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Organisation before = organisations.get(id);
        OrganisationForm sent = OrganisationForm.from(form, CustomFieldForm.values(fields.of("organisation"), form));
        try {
            facts(organisations.update(id, sent.spec(), sent.version()), model);
            return "contacts/organisation :: facts";
        } catch (InvalidInputException e) {
            return editForm(before, sent, e.problems(), model);
        } catch (StaleVersionException e) {
            return editForm(before, sent, List.of(new FieldProblem("version", String.valueOf(sent.version()),
                    "someone changed this organisation while you were editing; reload the page to see their change")), model);
        }
    }

    private void facts(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("fields", fields.of("organisation"));
        model.addAttribute("customShown", CustomFieldForm.shown(organisation.custom()));
        model.addAttribute("addressLine", CustomFieldForm.line(organisation.address()));
        model.addAttribute("ownerName", organisation.owner() == null ? null
                : identity.user(organisation.owner()).map(User::displayName).orElse(null));
    }

    private String editForm(Organisation organisation, OrganisationForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("types", List.of("prospect", "customer", "channel_partner", "systems_integrator", "supplier"));
        model.addAttribute("customInputs", CustomFieldForm.inputs(fields.of("organisation"), form.custom()));
        model.addAttribute("users", identity.users());
        model.addAttribute("problems", problems);
        return "contacts/organisation-edit :: edit";
    }
}
