package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.baton.support.BatonTest;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.OverdueCheck;
import dev.baton.tasks.internal.TaskLifecycle;

/** The events tasks publish: an overdue notice once per task and overdue spell, and a completion. */
@BatonTest
@RecordApplicationEvents
class TaskEventsTests {

    @Autowired
    Tasks tasks;

    @Autowired
    OverdueCheck overdueCheck;

    @Autowired
    TaskLifecycle lifecycle;

    @Autowired
    ApplicationEvents events;

    @Test
    void anOverdueTaskIsNotifiedOnceAndNeverAgain() {
        Instant due = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Task task = tasks.create(NewTask.of("Chase the signed order form from Meridian Bank", Assignee.ofRole("order-desk"), due));

        assertThat(overdueCheck.notifyOverdue()).isPositive();

        assertThat(events.stream(TaskOverdue.class).filter(e -> e.task().equals(task.id())))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.assignee()).isEqualTo(Assignee.ofRole("order-desk"));
                    assertThat(notice.due()).isEqualTo(due);
                    assertThat(notice.at()).isAfter(due);
                });
        assertThat(tasks.find(task.id()).orElseThrow().overdueNotifiedAt()).isNotNull();

        long noticesSoFar = events.stream(TaskOverdue.class).count();
        assertThat(overdueCheck.notifyOverdue()).isZero();
        assertThat(events.stream(TaskOverdue.class).count()).isEqualTo(noticesSoFar);
    }

    @Test
    void tasksNotYetDueOrSnoozedPastNowAreNotNotified() {
        Task later = tasks.create(NewTask.of("Send the quarterly report to Kestrel Foods", Assignee.ofRole("sdr"),
                Instant.now().plus(Duration.ofHours(1))));
        Task snoozed = tasks.create(NewTask.of("Return Northwind's call", Assignee.ofRole("sdr"),
                Instant.now().minus(Duration.ofHours(1))));
        lifecycle.snooze(snoozed.id(), Instant.now().plus(Duration.ofHours(1)), Actor.BATON);

        overdueCheck.notifyOverdue();

        assertThat(events.stream(TaskOverdue.class).map(TaskOverdue::task)).doesNotContain(later.id(), snoozed.id());
    }

    @Test
    void completingATaskPublishesTaskCompletedAndReopeningItMakesItOverdueAgain() {
        Task task = tasks.create(NewTask.of("Confirm the installation slot with Brightwater Clinics",
                Assignee.ofRole("installation-planner"), Instant.now().minus(Duration.ofDays(1))));
        overdueCheck.notifyOverdue();

        tasks.complete(task.id());
        assertThat(events.stream(TaskCompleted.class).filter(e -> e.task().equals(task.id())))
                .singleElement()
                .satisfies(done -> {
                    assertThat(done.completedBy()).isNull();
                    assertThat(done.assignee()).isEqualTo(Assignee.ofRole("installation-planner"));
                });

        lifecycle.reopen(task.id(), Actor.BATON);
        overdueCheck.notifyOverdue();
        assertThat(events.stream(TaskOverdue.class).filter(e -> e.task().equals(task.id()))).hasSize(2);
    }
}
