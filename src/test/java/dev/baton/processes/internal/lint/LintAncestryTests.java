package dev.baton.processes.internal.lint;

import static dev.baton.processes.internal.lint.LintFixtures.demo;
import static dev.baton.processes.internal.lint.LintFixtures.demoWith;
import static dev.baton.processes.internal.lint.LintFixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.LintProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a document sits among the others: its parent chain, its level and the subprocesses it runs. */
class LintAncestryTests {

    private static final String SUBPROCESS = "- key: onboard\n  type: subprocess\n  lane: account-executive\n  name: Onboard the customer\n"
            + "  process: onboarding\n";

    @Test
    void aDocumentThatIsItsOwnAncestorThroughItsParentChainIsAnError() {
        InMemoryWorkspace workspace = InMemoryWorkspace.demo().document("revenue", "L1", "company").document("company", "L1", "lead-management");

        List<LintProblem> problems = lint(demo(), workspace);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("parent-cycle");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("parent");
            assertThat(p.message()).contains("its own ancestor: lead-management → revenue → company → lead-management");
        });
    }

    @Test
    void aDocumentThatIsItsOwnParentIsItsOwnAncestor() {
        assertThat(lint(demoWith("parent: revenue", "parent: lead-management"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("lead-management → lead-management"));
    }

    @Test
    void aLoopAboveTheDocumentThatDoesNotIncludeItIsNotItsProblem() {
        InMemoryWorkspace workspace = InMemoryWorkspace.demo().document("revenue", "L1", "company").document("company", "L1", "revenue");

        assertThat(lint(demo(), workspace)).isEmpty();
    }

    @Test
    void aParentThatIsNoDocumentIsAnError() {
        assertThat(lint(demoWith("parent: revenue", "parent: sales"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("parent-unknown");
            assertThat(p.message()).contains("\"sales\"");
        });
    }

    @Test
    void aChildAtItsParentsLevelOrAboveIsAWarning() {
        InMemoryWorkspace workspace = InMemoryWorkspace.demo().document("revenue", "L2", null);

        assertThat(lint(demo(), workspace)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("level-not-below-parent");
            assertThat(p.severity()).isEqualTo(LintProblem.WARNING);
            assertThat(p.where()).isEqualTo("level");
            assertThat(p.message()).contains("L2", "\"revenue\"", "L3");
        });
    }

    @Test
    void aSubprocessRunsAnExistingDocument() {
        String yaml = demo().replace("- key: handed-over\n", SUBPROCESS + "- key: handed-over\n");

        assertThat(lint(yaml, InMemoryWorkspace.demo().document("onboarding", "L3", "revenue"))).isEmpty();
        assertThat(lint(yaml)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("subprocess-unknown");
            assertThat(p.where()).isEqualTo("steps[7].process");
            assertThat(p.message()).contains("\"Onboard the customer\" (onboard)", "\"onboarding\"");
        });
    }

    @Test
    void aSubprocessThatComesBackToTheDocumentIsACycle() {
        String yaml = demo().replace("- key: handed-over\n", SUBPROCESS + "- key: handed-over\n");
        InMemoryWorkspace workspace = InMemoryWorkspace.demo().document("onboarding", "L3", "revenue", "training")
                .document("training", "L3", "revenue", "lead-management");

        assertThat(lint(yaml, workspace)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("subprocess-cycle");
            assertThat(p.isError()).isTrue();
            assertThat(p.step()).isEqualTo("onboard");
            assertThat(p.message()).contains("lead-management → onboarding → training → lead-management");
        });
        assertThat(lint(yaml.replace("process: onboarding", "process: lead-management"))).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("subprocess-cycle"));
    }
}
