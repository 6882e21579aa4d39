package dev.baton.tasks.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.baton.identity.Identity;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.tasks.Task;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.Actors;
import dev.baton.tasks.internal.CalendarFeeds;
import dev.baton.tasks.internal.Inbox;
import dev.baton.tasks.internal.TaskBook;
import dev.baton.tasks.internal.TaskInput;
import dev.baton.tasks.internal.TaskLifecycle;

/** The inbox page: my tasks with quick actions, a form for a new task, and my calendar address. */
@Controller
class InboxPage {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Inbox inbox;
    private final TaskBook book;
    private final TaskLifecycle lifecycle;
    private final TaskInput input;
    private final CalendarFeeds feeds;
    private final Actors actors;
    private final InboxRows rows;
    private final Identity identity;
    private final Clock clock;

    InboxPage(Inbox inbox, TaskBook book, TaskLifecycle lifecycle, TaskInput input, CalendarFeeds feeds, Actors actors,
            InboxRows rows, Identity identity, Clock clock) {
        this.inbox = inbox;
        this.book = book;
        this.lifecycle = lifecycle;
        this.input = input;
        this.feeds = feeds;
        this.actors = actors;
        this.rows = rows;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String show(@RequestParam(required = false) String cursor, Authentication auth, Model model) {
        Actor me = actors.of(auth);
        fill(me, cursor, model);
        model.addAttribute("form", TaskForm.blank(tomorrowMorning()));
        return "tasks/inbox";
    }

    @PostMapping("/inbox/tasks")
    String create(@ModelAttribute TaskForm form, Authentication auth, Model model) {
        Actor me = actors.of(auth);
        List<FieldProblem> problems = new ArrayList<>();
        form.unknownColleague(identity).ifPresent(problems::add);
        try {
            var task = input.newTask(form.draft(me, identity));
            if (problems.isEmpty()) {
                book.create(task, me.user());
                return "redirect:/inbox?created";
            }
        } catch (InvalidInputException e) {
            boolean assigneeNamed = !problems.isEmpty();
            e.problems().stream().filter(p -> !assigneeNamed || !List.of("user", "role").contains(p.field()))
                    .forEach(problems::add);
        }
        fill(me, null, model);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "tasks/inbox";
    }

    @PostMapping("/inbox/tasks/{id}/complete")
    String complete(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication auth, Model model) {
        return act(id, htmx, auth, model, me -> lifecycle.complete(id, me), false);
    }

    @PostMapping("/inbox/tasks/{id}/claim")
    String claim(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication auth, Model model) {
        return act(id, htmx, auth, model, me -> lifecycle.claim(id, me), true);
    }

    @PostMapping("/inbox/tasks/{id}/snooze")
    String snooze(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication auth, Model model) {
        return act(id, htmx, auth, model, me -> lifecycle.snooze(id, clock.instant().plus(Duration.ofDays(1)), me), false);
    }

    @PostMapping("/inbox/calendar-feed")
    String renewFeed(Authentication auth, Model model) {
        Actor me = actors.of(auth);
        String secret = feeds.renew(me.user());
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{secret}.ics").buildAndExpand(secret).toUriString());
        fill(me, null, model);
        model.addAttribute("form", TaskForm.blank(tomorrowMorning()));
        return "tasks/inbox";
    }

    /** An action on one row: htmx gets the row back (or nothing, when the task leaves the inbox). */
    private String act(UUID id, String htmx, Authentication auth, Model model,
            Function<Actor, Task> action, boolean staysInInbox) {
        Actor me = actors.of(auth);
        try {
            Task task = action.apply(me);
            if (htmx == null) {
                return "redirect:/inbox";
            }
            if (!staysInInbox) {
                return "tasks/row :: gone";
            }
            model.addAttribute("r", rows.maker(me).row(task));
        } catch (ConflictException e) {
            if (htmx == null) {
                return "redirect:/inbox";
            }
            model.addAttribute("r", rows.maker(me).row(book.get(id, me)).withProblem(e.getMessage()));
        }
        return "tasks/row :: row";
    }

    private void fill(Actor me, String cursor, Model model) {
        InboxRows.Maker maker = rows.maker(me);
        CursorPage<InboxRow> page = inbox.of(me, false, cursor, CursorPage.DEFAULT_LIMIT).map(maker::row);
        model.addAttribute("page", page);
        model.addAttribute("roles", identity.roles());
        model.addAttribute("feedCreatedAt", feeds.createdAt(me.user()).map(InboxRows::show).orElse(null));
    }

    private String tomorrowMorning() {
        return LOCAL_INPUT.format(clock.instant().atZone(InboxRows.zone()).toLocalDate().plusDays(1).atTime(LocalTime.of(9, 0)));
    }
}
