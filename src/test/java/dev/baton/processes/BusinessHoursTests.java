package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** When a wait until business hours ends: at once within them, else at the next opening on a weekday. */
class BusinessHoursTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void withinBusinessHoursItEndsAtOnceOutsideThemAtTheNextOpening() {
        // Tuesday 1 December 2026, noon in Berlin
        Instant tuesdayNoon = Instant.parse("2026-12-01T11:00:00Z");
        assertThat(BusinessHours.next(tuesdayNoon, BERLIN)).isEqualTo(tuesdayNoon);
        assertThat(BusinessHours.next(Instant.parse("2026-12-01T06:30:00Z"), BERLIN)).as("before opening")
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(BusinessHours.next(Instant.parse("2026-12-01T16:00:00Z"), BERLIN)).as("at closing: the next morning")
                .isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(BusinessHours.next(Instant.parse("2026-12-04T17:30:00Z"), BERLIN)).as("Friday evening: Monday")
                .isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(BusinessHours.next(Instant.parse("2026-12-06T10:00:00Z"), BERLIN)).as("Sunday: Monday")
                .isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
    }

    @Test
    void aWaitNamesThemInAnyLetterCaseAndSpacing() {
        assertThat(BusinessHours.named("business hours")).isTrue();
        assertThat(BusinessHours.named(" Business   Hours ")).isTrue();
        assertThat(BusinessHours.named("business days")).isFalse();
        assertThat(BusinessHours.named(null)).isFalse();
    }
}
