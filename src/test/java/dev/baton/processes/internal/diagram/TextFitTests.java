package dev.baton.processes.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTests {

    private final TextStyle type = Palette.STEP_NAME;

    @Test
    void wrapsAtWordsWithinTheWidth() {
        List<String> lines = TextFit.wrap("Call the lead and qualify them", 110, type, 3);

        assertThat(lines).containsExactly("Call the lead and", "qualify them");
        assertThat(lines).allSatisfy(line -> assertThat(TextFit.width(line, type)).isLessThanOrEqualTo(110));
    }

    @Test
    void endsWithAnEllipsisWhenTheLinesRunOut() {
        List<String> lines = TextFit.wrap("one two three four five six seven eight nine ten eleven twelve", 60, type, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith(TextFit.ELLIPSIS);
        assertThat(TextFit.width(lines.get(1), type)).isLessThanOrEqualTo(60);
    }

    @Test
    void breaksAWordTooLongForALine() {
        List<String> lines = TextFit.wrap("Supercalifragilisticexpialidocious", 60, type, 3);

        assertThat(String.join("", lines)).isEqualTo("Supercalifragilisticexpialidocious");
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(TextFit.width(line, type)).isLessThanOrEqualTo(60));
    }

    @Test
    void whiteSpaceControlCharactersAndHalfCharactersAreTidied() {
        assertThat(TextFit.normalize("  two\n\tlines\u0000 and \uD800 half ")).isEqualTo("two lines and \uFFFD half");
        assertThat(TextFit.normalize("rocket \uD83D\uDE80")).isEqualTo("rocket \uD83D\uDE80");
        assertThat(TextFit.wrap(null, 100, type, 3)).isEmpty();
        assertThat(TextFit.wrap("   ", 100, type, 3)).isEmpty();
    }

    @Test
    void boldTextIsWider() {
        assertThat(TextFit.width("Account Executive", type.inBold())).isGreaterThan(TextFit.width("Account Executive", type));
    }
}
