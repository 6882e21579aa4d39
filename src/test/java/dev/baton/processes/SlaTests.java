package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlaTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4 hours     | PT4H
            1 hour      | PT1H
            30 minutes  | PT30M
            2 days      | PT48H
            1 day       | PT24H
            1 week      | PT168H
            2 weeks     | PT336H
            4h          | PT4H
            30m         | PT30M
            2d          | PT48H
            1w          | PT168H
            PT4H        | PT4H
            pt90m       | PT1H30M
            P3D         | PT72H
            P1W         | PT168H
            P1DT12H     | PT36H
            ' 4  Hours '| PT4H
            """)
    void readsFixedDurations(String text, String iso) {
        Sla sla = Sla.parse(text);

        assertThat(sla.duration()).isEqualTo(Duration.parse(iso));
        assertThat(sla.businessDays()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 business day    | 1
            3 business days   | 3
            3 Business Days   | 3
            2 working days    | 2
            """)
    void readsBusinessDays(String text, int days) {
        Sla sla = Sla.parse(text);

        assertThat(sla.businessDays()).isEqualTo(days);
        assertThat(sla.duration()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "tomorrow", "4", "four hours", "3 fortnights", "P1M", "P1Y", "-PT4H", "PT-4H", "4 hours ago"})
    void refusesAnythingElseSayingWhatIsAccepted(String text) {
        assertThatThrownBy(() -> Sla.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"1 business day\"").hasMessageContaining("\"PT4H\"");
    }

    @org.junit.jupiter.api.Test
    void refusesNothingAtAll() {
        assertThatThrownBy(() -> Sla.parse(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void anUnknownUnitIsNamed() {
        assertThatThrownBy(() -> Sla.parse("3 fortnights")).hasMessageContaining("\"fortnights\"");
    }

    @Test
    void writesItselfAsAPersonWould() {
        assertThat(Sla.parse("1 business day")).hasToString("1 business day");
        assertThat(Sla.parse("P3D")).hasToString("3 days");
        assertThat(Sla.parse("PT4H")).hasToString("4 hours");
        assertThat(Sla.parse("1w")).hasToString("1 week");
        assertThat(Sla.parse("PT1H30M")).hasToString("90 minutes");
        assertThat(Sla.parse("PT1.5S")).hasToString("PT1.5S");
    }

    @Test
    void businessDaysSkipTheWeekend() {
        Instant friday = Instant.parse("2026-11-06T10:00:00Z");
        ZoneId utc = ZoneId.of("UTC");

        assertThat(Sla.parse("1 business day").after(friday, utc)).isEqualTo(Instant.parse("2026-11-09T10:00:00Z"));
        assertThat(Sla.parse("3 business days").after(friday, utc)).isEqualTo(Instant.parse("2026-11-11T10:00:00Z"));
        assertThat(Sla.parse("2 days").after(friday, utc)).isEqualTo(Instant.parse("2026-11-08T10:00:00Z"));
    }
}
