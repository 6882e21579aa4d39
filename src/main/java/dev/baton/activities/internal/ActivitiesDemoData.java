package dev.baton.activities.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.demo.DemoData;

/**
 * A year of Arcadia Storage's history on the timeline: web visits with their sources, emails
 * opened and clicked, calls, meetings, seminars, forms and notes — a few people with hundreds of
 * entries, most with a handful. Generated from a fixed seed.
 */
@Component
class ActivitiesDemoData implements DemoData {

    private static final String[] PAGES = {"/", "/products/all-flash", "/products/backup", "/pricing", "/case-studies",
            "/blog/storage-tco", "/contact"};
    private static final String[] VISIT_SOURCES = {"google", "google", "bing", "linkedin ad", "google ad", "email click",
            "referral: partner site", "direct"};
    private static final String[] EMAILS = {"Storage TCO guide", "Invitation: Storage Summit 2026", "Your all-flash quote",
            "Product news: Arcadia X9", "Backup best practices", "Seminar follow-up: slides and recording"};
    private static final String[] CALLS = {"Discussed backup window problems", "Qualified budget and timeline",
            "Follow-up on quote", "Renewal check-in", "Left voicemail"};
    private static final String[] NOTES = {"Budget approved for next quarter", "Evaluating two competitors",
            "Prefers a channel partner for installation", "Needs a proof of concept first", "Decision maker is the CIO"};

    private final Contacts contacts;
    private final TimelineStore timeline;
    private final NoteTemplates templates;
    private final Clock clock;

    ActivitiesDemoData(Contacts contacts, TimelineStore timeline, NoteTemplates templates, Clock clock) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        templates.create("Discovery call", "BANT qualification on the first real conversation", List.of(
                new NoteTemplates.TemplateField("budget", "Budget (EUR)", "number", null, false),
                new NoteTemplates.TemplateField("authority", "Decision maker", "text", null, false),
                new NoteTemplates.TemplateField("need", "Need", "text", null, true),
                new NoteTemplates.TemplateField("timeline", "Timeline", "choice", List.of("this quarter", "this year", "later"), false)));
        templates.create("Installation visit", "What the installer found on site", List.of(
                new NoteTemplates.TemplateField("rack_space", "Rack space ready", "boolean", null, false),
                new NoteTemplates.TemplateField("issues", "Issues found", "text", null, false)));
        Random random = new Random(20261122L);
        Instant now = clock.instant();
        String cursor = null;
        do {
            CursorPage<Person> page = contacts.people(cursor, 500);
            List<NewActivity> entries = new ArrayList<>();
            for (Person person : page.items()) {
                int count = random.nextInt(200) == 0 ? 150 + random.nextInt(250) : 2 + random.nextInt(14);
                long span = Math.max(3_600, Duration.between(person.createdAt(), now).toSeconds());
                for (int i = 0; i < count; i++) {
                    Instant at = person.createdAt().plusSeconds((long) (random.nextDouble() * span));
                    entries.add(entry(random, person, at));
                }
            }
            timeline.importAll(entries);
            cursor = page.next();
        } while (cursor != null);
    }

    private static NewActivity entry(Random random, Person person, Instant at) {
        int kind = random.nextInt(100);
        String actor = "demo";
        if (kind < 35) {
            String page = pick(random, PAGES);
            return new NewActivity(ActivityType.WEB_VISIT, person.id(), null, at, "Visited " + page, null,
                    Map.of("page", page, "source", pick(random, VISIT_SOURCES)), actor);
        }
        if (kind < 65) {
            boolean opened = random.nextInt(100) < 45;
            boolean clicked = opened && random.nextInt(100) < 30;
            return new NewActivity(ActivityType.EMAIL, person.id(), null, at, "Email: " + pick(random, EMAILS), null,
                    Map.of("direction", "sent", "opened", opened, "clicked", clicked), actor);
        }
        if (kind < 78) {
            return new NewActivity(ActivityType.CALL, person.id(), null, at, "Call: " + pick(random, CALLS), null,
                    Map.of("minutes", 2 + random.nextInt(40)), actor);
        }
        if (kind < 85) {
            boolean seminar = random.nextBoolean();
            return new NewActivity(ActivityType.MEETING, person.id(), null, at,
                    seminar ? "Attended seminar: Storage Summit 2026" : "Product demo", null,
                    Map.of("kind", seminar ? "seminar" : "demo"), actor);
        }
        if (kind < 93) {
            String form = random.nextBoolean() ? "Contact us" : "Seminar registration";
            return new NewActivity(ActivityType.FORM, person.id(), null, at, "Submitted form: " + form, null, Map.of("form", form), actor);
        }
        return new NewActivity(ActivityType.NOTE, person.id(), null, at, pick(random, NOTES), null, Map.of(), actor);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
