package dev.baton.processes.internal.lint;

import static dev.baton.processes.internal.lint.LintFixtures.demo;
import static dev.baton.processes.internal.lint.LintFixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.Branch;
import dev.baton.processes.DocumentYaml;
import dev.baton.processes.Lane;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor lints on every keystroke: a half-written document is checked as far as it goes, never refused. */
class LintRobustnessTests {

    @Test
    void aDocumentOfNullsIsReportedNotRefused() {
        Map<String, String> with = new HashMap<>();
        with.put(null, null);
        with.put("role", null);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(null, null, null, null));
        for (String type : Step.TYPES) {
            steps.add(new Step(null, type, null, null, null, null, null, with, null, null, null, null, null, null,
                    List.of(new Branch(null, null, null, false, null), new Branch(null, "", "", true, "")), null, null, null, null, ""));
            steps.add(new Step("x", type, "x", "X", null, null, "notify", with, null, null, null, null, null, null, null, null, null,
                    null, List.of("x"), "x"));
        }
        ProcessDocument document = new ProcessDocument(null, null, null, null, null, null, null, List.of(""),
                List.of(new Stakeholder(null, null)), List.of(new Lane(null, null, null), new Lane("x", null, "role")), steps);

        List<LintProblem> problems = Lint.check(document, new InMemoryWorkspace());

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.severity()).isIn(LintProblem.ERROR, LintProblem.WARNING);
            assertThat(p.code()).isNotBlank();
            assertThat(p.where()).isNotBlank();
            assertThat(p.message()).isNotBlank().doesNotContain("null");
        });
        assertThat(problems).extracting(LintProblem::code).contains("key-missing", "name-missing", "level-invalid", "owner-missing",
                "kind-invalid", "step-key-missing", "step-type-unknown", "step-lane-missing", "step-duplicate");
        assertThat(Lint.check(new ProcessDocument(null, null, null, null, null, null, null, null, null, null, null),
                new InMemoryWorkspace())).extracting(LintProblem::code).contains("trigger-missing");
        assertThat(Lint.check(null, new InMemoryWorkspace())).extracting(LintProblem::code).containsExactly("document-missing");
    }

    @Test
    void everyPrefixOfTheDemoAsItIsTypedLintsWithoutFailing() {
        String yaml = demo();
        int linted = 0;
        for (int end = 1; end <= yaml.length(); end++) {
            ProcessDocument document;
            try {
                document = DocumentYaml.read(yaml.substring(0, end));
            } catch (InvalidInputException unreadable) {
                continue;
            }
            assertThatCode(() -> Lint.check(document, InMemoryWorkspace.demo())).doesNotThrowAnyException();
            linted++;
        }
        assertThat(linted).isGreaterThan(yaml.length() / 2);
    }

    @Test
    void withAnyOneStepLeftOutTheDemoStillLints() {
        ProcessDocument demo = DocumentYaml.read(demo());
        for (Step left : demo.steps()) {
            List<Step> steps = new ArrayList<>(demo.steps());
            steps.remove(left);
            assertThatCode(() -> Lint.check(demo.withSteps(steps), InMemoryWorkspace.demo())).as(left.key()).doesNotThrowAnyException();
        }
    }

    @Test
    void problemsComeInDocumentOrder() {
        String broken = demo().replace("level: L2", "level: L9").replace("- sql\n", "- sql\n- hot-lead\n")
                .replace("kind: persona", "kind: crowd").replace("sla: 3 business days", "sla: soon")
                .replace("outcome: recycled", "outcome: parked");

        assertThat(lint(broken)).extracting(LintProblem::where)
                .containsExactly("level", "glossary[3]", "lanes[0].kind", "steps[6].sla", "steps[9].outcome");
        assertThat(Arrays.asList(lint(broken).toArray())).isEqualTo(Arrays.asList(lint(broken).toArray()));
    }
}
