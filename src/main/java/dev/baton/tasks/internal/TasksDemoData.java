package dev.baton.tasks.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.demo.DemoData;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;

/** Arcadia Storage's open work: a few tasks for people and for roles, due around today. */
@Component
class TasksDemoData implements DemoData {

    private final TaskBook book;
    private final Identity identity;
    private final Clock clock;

    TasksDemoData(TaskBook book, Identity identity, Clock clock) {
        this.book = book;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        task("oliver", "Call back web inquiry", "Northwind Logistics asked for a quote on 400 TB of archive storage "
                + "through the website form.", at(today.plusDays(1), 10), Priority.HIGH, Assignee.ofRole("sdr"));
        task("oliver", "Qualify seminar attendees from Lyon", "Twelve people came to the storage seminar; decide who is "
                + "sales-ready.", at(today.plusDays(2), 9), Priority.NORMAL, Assignee.ofRole("sdr"));
        task("marcus", "Prepare seminar follow-up list", "Attendees, their questions and who asked for a visit.",
                at(today.plusDays(1), 16), Priority.NORMAL, user("sofia"));
        task("oliver", "Book a technical demo for Brightwater Clinics", "", at(today.plusDays(3), 11), Priority.NORMAL,
                Assignee.ofRole("account-executive"));
        task("oliver", "Follow up on the Meridian Bank quote", "The quote expires at the end of the week.",
                at(today.minusDays(1), 15), Priority.URGENT, user("hannah"));
        task("ruth", "Chase invoice INV-2041 from Kestrel Foods", "30 days overdue; second reminder.",
                at(today, 14), Priority.HIGH, Assignee.ofRole("billing-clerk"));
        task("laura", "Confirm installation date with Halden Archives", "", at(today.plusDays(4), 10), Priority.NORMAL,
                user("samuel"));
        task("eleanor", "Review the pipeline before the Monday forecast", "",
                at(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), 9), Priority.NORMAL, user("oliver"));
    }

    private void task(String author, String title, String description, Instant due, Priority priority, Assignee assignee) {
        book.create(new NewTask(title, description, due, priority, assignee, null, null, null), userId(author));
    }

    private Assignee user(String firstName) {
        return Assignee.ofUser(userId(firstName));
    }

    private UUID userId(String firstName) {
        return identity.userByEmail(firstName + "@arcadia.example").map(User::id)
                .orElseThrow(() -> new IllegalStateException("The demo user " + firstName + " is missing"));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }
}
