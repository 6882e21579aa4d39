package dev.baton.contacts.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.contacts.CustomField;
import dev.baton.contacts.Person;
import dev.baton.contacts.internal.CustomFieldDirectory;
import dev.baton.contacts.internal.LifecycleStages;
import dev.baton.contacts.internal.PeopleDirectory;
import dev.baton.contacts.internal.PersonReader;
import dev.baton.contacts.internal.Tagging;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.KeysetSort;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.StaleVersionException;

/** The people list and a person's page: details, tags, stage, and the timeline beside them. */
@Controller
class PeoplePages {

    private final PersonReader reader;
    private final PeopleDirectory people;
    private final Tagging tagging;
    private final LifecycleStages stages;
    private final CustomFieldDirectory fields;
    private final Identity identity;

    PeoplePages(PersonReader reader, PeopleDirectory people, Tagging tagging, LifecycleStages stages, CustomFieldDirectory fields,
            Identity identity) {
        this.identity = identity;
        this.reader = reader;
        this.people = people;
        this.tagging = tagging;
        this.stages = stages;
        this.fields = fields;
    }

    @GetMapping("/people")
    @PreAuthorize("hasAuthority('contacts.read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("page", reader.list(new PersonReader.PeopleFilter(q, tag, stage, null, null),
                KeysetSort.parse(sort, PersonReader.SORTS, "created"), cursor, CursorPage.DEFAULT_LIMIT));
        model.addAttribute("sort", sort == null || sort.isBlank() ? "created" : sort);
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("stage", stage);
        model.addAttribute("stages", stages.all());
        model.addAttribute("tags", tagging.list());
        return htmx != null ? "contacts/people :: rows" : "contacts/people";
    }

    @GetMapping("/people/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    String show(@PathVariable UUID id, Model model) {
        return page(people.get(id), model, null);
    }

    @PostMapping("/people/{id}/tags")
    @PreAuthorize("hasAuthority('contacts.write')")
    String tag(@PathVariable UUID id, @RequestParam String tag, Model model) {
        try {
            return tags(people.tag(id, List.of(tag)), model, null);
        } catch (InvalidInputException e) {
            return tags(people.get(id), model, e.getMessage());
        }
    }

    @PostMapping("/people/{id}/tags/remove")
    @PreAuthorize("hasAuthority('contacts.write')")
    String untag(@PathVariable UUID id, @RequestParam String tag, Model model) {
        tagging.untagPeople(tag, List.of(id));
        return tags(people.get(id), model, null);
    }

    @PostMapping("/people/{id}/stage")
    @PreAuthorize("hasAuthority('contacts.write')")
    String stage(@PathVariable UUID id, @RequestParam String stage, Model model) {
        page(people.moveToStage(id, stage), model, null);
        return "contacts/person :: details";
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize("hasAuthority('contacts.write')")
    String edit(@PathVariable UUID id, Model model) {
        Person person = people.get(id);
        return editForm(person, PersonForm.of(person), List.of(), model);
    }

    @GetMapping("/people/{id}/facts")
    @PreAuthorize("hasAuthority('contacts.read')")
    String facts(@PathVariable UUID id, Model model) {
        page(people.get(id), model, null);
        return "contacts/person :: facts";
    }

    /** Saves the inline edit: the person's details and custom fields, at the version the form was read. */
    @PostMapping("/people/{id}/details")
    @PreAuthorize("hasAuthority('contacts.write')")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Person before = people.get(id);
        List<CustomField> custom = fields.of("person");
        PersonForm sent = PersonForm.from(form, CustomFieldForm.values(custom, form));
        try {
            page(people.update(id, sent.spec(before), sent.version()), model, null);
            return "contacts/person :: facts";
        } catch (InvalidInputException e) {
            return editForm(before, sent, e.problems(), model);
        } catch (StaleVersionException e) {
            return editForm(before, sent, List.of(new FieldProblem("version", String.valueOf(sent.version()),
                    "someone changed this person while you were editing; reload the page to see their change")), model);
        }
    }

    private String editForm(Person person, PersonForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("customInputs", CustomFieldForm.inputs(fields.of("person"), form.custom()));
        model.addAttribute("users", identity.users());
        model.addAttribute("problems", problems);
        return "contacts/person-edit :: edit";
    }

    private String tags(Person person, Model model, String problem) {
        model.addAttribute("person", person);
        model.addAttribute("tagProblem", problem);
        return "contacts/person :: tags";
    }

    private String page(Person person, Model model, String problem) {
        model.addAttribute("person", person);
        model.addAttribute("stages", stages.all());
        model.addAttribute("fields", fields.of("person"));
        model.addAttribute("ownerName", person.owner() == null ? null
                : identity.user(person.owner()).map(User::displayName).orElse(null));
        model.addAttribute("customShown", CustomFieldForm.shown(person.custom()));
        model.addAttribute("addressLine", CustomFieldForm.line(person.address()));
        model.addAttribute("problem", problem);
        return "contacts/person";
    }
}
