package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class DocumentYamlTests {

    @Test
    void aDocumentWrittenFromItsYamlGivesTheSameTextBack() {
        String yaml = Samples.yaml("lead-management");
        ProcessDocument document = DocumentYaml.read(yaml);

        assertThat(document.steps()).hasSize(10);
        assertThat(document.step("mql-gate").orElseThrow().branches()).extracting(Branch::otherwise).containsExactly(false, true);
        assertThat(DocumentYaml.write(document)).isEqualTo(yaml);
        assertThat(DocumentYaml.read(DocumentYaml.write(document))).isEqualTo(document);
    }

    @Test
    void brokenYamlIsRefusedWithTheLine() {
        var bad = catchThrowableOfType(InvalidInputException.class,
                () -> DocumentYaml.read("key: x\nname: X\nsteps:\n- key: a\n  type: task\n  lnae: sdr\n  name: Call\n"));
        assertThat(bad.problems().get(0).field()).isEqualTo("steps[0].lnae");
        assertThat(bad.problems().get(0).message()).startsWith("line 6").contains("lnae");

        var unparsable = catchThrowableOfType(InvalidInputException.class, () -> DocumentYaml.read("key: x\nsteps: [\n- a: b\n"));
        assertThat(unparsable.problems().get(0).message()).startsWith("line ");
    }
}
