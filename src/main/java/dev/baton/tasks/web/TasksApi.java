package dev.baton.tasks.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.Versions;
import dev.baton.tasks.Task;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.Actors;
import dev.baton.tasks.internal.Inbox;
import dev.baton.tasks.internal.TaskBook;
import dev.baton.tasks.internal.TaskInput;
import dev.baton.tasks.internal.TaskLifecycle;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks and reminders for a user or a role, and each user's inbox")
class TasksApi {

    /** Times are ISO 8601 with an offset; user is a user's id, role a role's key: exactly one of them. */
    record NewTaskRequest(String title, String description, String due, String priority, String user, String role,
            String person, String organisation, String deal) {
    }

    record TaskUpdate(String title, String description, String due, String priority, String person, String organisation,
            String deal) {
    }

    record SnoozeRequest(String until) {
    }

    record ReassignRequest(String user, String role) {
    }

    private final Inbox inbox;
    private final TaskBook book;
    private final TaskLifecycle lifecycle;
    private final TaskInput input;
    private final Actors actors;

    TasksApi(Inbox inbox, TaskBook book, TaskLifecycle lifecycle, TaskInput input, Actors actors) {
        this.inbox = inbox;
        this.book = book;
        this.lifecycle = lifecycle;
        this.input = input;
        this.actors = actors;
    }

    @GetMapping("/inbox")
    @Operation(summary = "My inbox: my open tasks and my roles' unclaimed ones, by due time; include=snoozed adds snoozed tasks")
    CursorPage<Task> inbox(@RequestParam(required = false) List<String> include, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Authentication auth) {
        boolean snoozed = false;
        for (String value : include == null ? List.<String>of() : include) {
            if (!value.equals("snoozed")) {
                throw new InvalidInputException("include", value, "must be snoozed");
            }
            snoozed = true;
        }
        return inbox.of(actors.of(auth), snoozed, cursor, CursorPage.limit(limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task I may see: mine, my roles', one I created, or any with identity.manage")
    ResponseEntity<Task> get(@PathVariable UUID id, Authentication auth) {
        Task task = book.get(id, actors.of(auth));
        return Versions.ok(task, task.version());
    }

    @PostMapping
    @Operation(summary = "Create a task for a user or a role; 400 names every wrong field")
    ResponseEntity<Task> create(@RequestBody NewTaskRequest request, Authentication auth) {
        Actor actor = actors.of(auth);
        Task task = book.create(input.newTask(new TaskInput.Draft(request.title(), request.description(), request.due(),
                request.priority(), request.user(), request.role(), request.person(), request.organisation(),
                request.deal())), actor.user());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).eTag(Versions.etag(task.version())).body(task);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a task's title, description, due time, priority and links; send If-Match with the ETag you read")
    ResponseEntity<Task> update(@PathVariable UUID id, @RequestBody TaskUpdate request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication auth) {
        TaskInput.Fields fields = input.fields(new TaskInput.Edit(request.title(), request.description(), request.due(),
                request.priority(), request.person(), request.organisation(), request.deal()));
        return ok(book.change(id, fields, Versions.expected(ifMatch), actors.of(auth)));
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take a task offered to a role I wear; 409 if someone took it first")
    ResponseEntity<Task> claim(@PathVariable UUID id, Authentication auth) {
        return ok(lifecycle.claim(id, actors.of(auth)));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Mark a task done; 409 if it is done already")
    ResponseEntity<Task> complete(@PathVariable UUID id, Authentication auth) {
        return ok(lifecycle.complete(id, actors.of(auth)));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Open a done task again; 409 if it is open")
    ResponseEntity<Task> reopen(@PathVariable UUID id, Authentication auth) {
        return ok(lifecycle.reopen(id, actors.of(auth)));
    }

    @PostMapping("/{id}/snooze")
    @Operation(summary = "Hide a task from the inbox until a later time: {\"until\": \"2026-11-24T09:00:00Z\"}")
    ResponseEntity<Task> snooze(@PathVariable UUID id, @RequestBody SnoozeRequest request, Authentication auth) {
        return ok(lifecycle.snooze(id, input.time("until", request.until()), actors.of(auth)));
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Give a task to a user {\"user\": id} or a role {\"role\": key}")
    ResponseEntity<Task> reassign(@PathVariable UUID id, @RequestBody ReassignRequest request, Authentication auth) {
        return ok(lifecycle.reassign(id, input.assignee(request.user(), request.role()), actors.of(auth)));
    }

    private static ResponseEntity<Task> ok(Task task) {
        return Versions.ok(task, task.version());
    }
}
