package dev.baton.tasks.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.baton.identity.Identity;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.Actors;
import dev.baton.tasks.internal.Inbox;
import dev.baton.tasks.internal.TaskBook;
import dev.baton.tasks.internal.TaskInput;

/**
 * The tasks panel on a person's and an organisation's page: the open tasks about them, whoever
 * they are for, and a short form for a new one. The pages load it through htmx.
 */
@Controller
class RecordTasks {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final int SHOWN = 20;

    private final Inbox inbox;
    private final TaskBook book;
    private final TaskInput input;
    private final Actors actors;
    private final InboxRows rows;
    private final Identity identity;
    private final Clock clock;

    RecordTasks(Inbox inbox, TaskBook book, TaskInput input, Actors actors, InboxRows rows, Identity identity, Clock clock) {
        this.inbox = inbox;
        this.book = book;
        this.input = input;
        this.actors = actors;
        this.rows = rows;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/tasks")
    @PreAuthorize("hasAuthority('contacts.read')")
    String ofPerson(@PathVariable UUID id, Authentication auth, Model model) {
        return panel(Inbox.Subject.PERSON, id, actors.of(auth), blank(), List.of(), false, model);
    }

    @GetMapping("/organisations/{id}/tasks")
    @PreAuthorize("hasAuthority('contacts.read')")
    String ofOrganisation(@PathVariable UUID id, Authentication auth, Model model) {
        return panel(Inbox.Subject.ORGANISATION, id, actors.of(auth), blank(), List.of(), false, model);
    }

    @PostMapping("/people/{id}/tasks")
    @PreAuthorize("hasAuthority('contacts.read')")
    String addForPerson(@PathVariable UUID id, @ModelAttribute TaskForm form, Authentication auth, Model model) {
        return add(Inbox.Subject.PERSON, id, form, actors.of(auth), model);
    }

    @PostMapping("/organisations/{id}/tasks")
    @PreAuthorize("hasAuthority('contacts.read')")
    String addForOrganisation(@PathVariable UUID id, @ModelAttribute TaskForm form, Authentication auth, Model model) {
        return add(Inbox.Subject.ORGANISATION, id, form, actors.of(auth), model);
    }

    private String add(Inbox.Subject subject, UUID id, TaskForm form, Actor me, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        form.unknownColleague(identity).ifPresent(problems::add);
        String person = subject == Inbox.Subject.PERSON ? id.toString() : null;
        String organisation = subject == Inbox.Subject.ORGANISATION ? id.toString() : null;
        try {
            var task = input.newTask(form.draft(me, identity, person, organisation));
            if (problems.isEmpty()) {
                book.create(task, me.user());
                return panel(subject, id, me, blank(), List.of(), true, model);
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return panel(subject, id, me, form, problems, false, model);
    }

    private String panel(Inbox.Subject subject, UUID id, Actor me, TaskForm form, List<FieldProblem> problems, boolean created,
            Model model) {
        InboxRows.Maker maker = rows.maker(me);
        model.addAttribute("rows", inbox.openAbout(subject, id, SHOWN).stream().map(maker::row).toList());
        model.addAttribute("action", (subject == Inbox.Subject.PERSON ? "/people/" : "/organisations/") + id + "/tasks");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("created", created);
        model.addAttribute("roles", identity.roles());
        return "tasks/about :: panel";
    }

    private TaskForm blank() {
        return TaskForm.blank(LOCAL_INPUT.format(clock.instant().atZone(InboxRows.zone()).toLocalDate().plusDays(1)
                .atTime(LocalTime.of(9, 0))));
    }
}
