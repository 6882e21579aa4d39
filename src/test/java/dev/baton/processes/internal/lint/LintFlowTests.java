package dev.baton.processes.internal.lint;

import static dev.baton.processes.internal.lint.LintFixtures.demo;
import static dev.baton.processes.internal.lint.LintFixtures.demoWith;
import static dev.baton.processes.internal.lint.LintFixtures.lint;
import static dev.baton.processes.internal.lint.LintFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.processes.LintProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the flow goes: triggers, exits, gates, parallel splits and the references between steps. */
class LintFlowTests {

    private static final String RECYCLED = "- key: recycled\n  type: exit\n  lane: system\n  name: Back to marketing\n  outcome: recycled\n";

    @Test
    void aProcessWithoutATriggerIsAnError() {
        List<LintProblem> problems = lint(demoWith("  type: trigger\n  lane: customer", "  type: action\n  lane: customer"));

        assertThat(withCode(problems, "trigger-missing")).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("steps");
            assertThat(p.message()).contains("no trigger");
        });
        assertThat(withCode(problems, "step-unreachable")).isEmpty();
    }

    @Test
    void aFlowThatStopsBeforeAnExitNamesTheStepWhereItStops() {
        List<LintProblem> problems = lint(demo().replace(RECYCLED, ""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("dead-end");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("steps[8]");
            assertThat(p.step()).isEqualTo("nurture");
            assertThat(p.message()).contains("\"Put the lead into the nurture sequence\" (nurture)", "not an exit", "next");
        });
    }

    @Test
    void aLoopThatNeverLeavesIsNamedStepByStep() {
        String loop = """
                - key: nurture-email
                  type: action
                  lane: system
                  name: Send the monthly newsletter
                  action: email
                  with:
                    template: welcome
                - key: a-month
                  type: wait
                  lane: system
                  name: Wait a month
                  duration: 30 days
                  next: nurture-email
                """;
        List<LintProblem> problems = lint(demo().replace(RECYCLED, loop));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("endless-loop");
            assertThat(p.where()).isEqualTo("steps[9]");
            assertThat(p.step()).isEqualTo("nurture-email");
            assertThat(p.message()).contains("loops through \"Send the monthly newsletter\" (nurture-email) → \"Wait a month\" (a-month) → "
                    + "\"Send the monthly newsletter\" (nurture-email) and never reaches an exit");
        });
    }

    @Test
    void aStepNoTriggerLeadsToIsUnreachable() {
        String orphan = "- key: survey\n  type: action\n  lane: system\n  name: Ask for feedback\n  action: email\n  with:\n"
                + "    template: welcome\n  next: recycled\n";
        List<LintProblem> problems = lint(demo().replace(RECYCLED, RECYCLED + orphan));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("step-unreachable");
            assertThat(p.where()).isEqualTo("steps[10]");
            assertThat(p.message()).contains("\"Ask for feedback\" (survey)", "No trigger leads to");
        });
    }

    @Test
    void aGateNeedsAnElseBranchOrTwoComplementaryQueries() {
        List<LintProblem> noElse = lint(demoWith("  - label: not yet\n    else: true\n    to: nurture",
                "  - label: just a lead\n    term: lead\n    to: nurture"));
        List<LintProblem> complementary = lint(demoWith("    term: mql\n    to: qualify-call\n  - label: not yet\n    else: true",
                "    when: score >= 50\n    to: qualify-call\n  - label: not yet\n    when: not (score >= 50)"));

        assertThat(noElse).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("gate-no-else");
            assertThat(p.where()).isEqualTo("steps[2].branches");
            assertThat(p.message()).contains("\"Marketing qualified?\" (mql-gate)", "no else branch", "not (X)");
        });
        assertThat(complementary).isEmpty();
    }

    @Test
    void aGateHasTwoBranchesEachWithOneValidCondition() {
        String oneBranch = demoWith("    to: create-deal\n  - label: not qualified\n    else: true\n    to: nurture\n", "    to: create-deal\n");
        assertThat(lint(oneBranch)).extracting(LintProblem::code).containsExactly("gate-branches", "gate-no-else");

        assertThat(lint(demoWith("    term: sql\n", "")))
                .extracting(LintProblem::code, LintProblem::where).containsExactly(tuple("branch-condition-missing", "steps[4].branches[0]"));
        assertThat(lint(demoWith("    term: sql\n", "    term: sql\n    else: true\n")))
                .extracting(LintProblem::code).containsExactly("branch-condition-ambiguous", "gate-else-duplicate");
        assertThat(lint(demoWith("    term: sql\n", "    when: amount >\n"), InMemoryWorkspace.demo().badQuery("amount >", "a value is missing after >")))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("query-invalid");
                    assertThat(p.where()).isEqualTo("steps[4].branches[0].when");
                    assertThat(p.message()).contains("\"amount >\"", "a value is missing after >");
                });
    }

    @Test
    void aNextOrABranchNamingNoStepIsAnErrorThatIsNotReportedAgainDownstream() {
        List<LintProblem> next = lint(demoWith("  sla: 3 business days\n", "  sla: 3 business days\n  next: handover\n"));
        List<LintProblem> branch = lint(demoWith("    to: create-deal", "    to: open-deal"));

        // The exit nothing leads to any more is unreachable, which is true; the meeting is not called a dead end.
        assertThat(next).extracting(LintProblem::code).containsExactly("next-unknown", "step-unreachable");
        assertThat(next.getFirst()).satisfies(p -> {
            assertThat(p.where()).isEqualTo("steps[6].next");
            assertThat(p.message()).contains("\"Hold the discovery meeting\" (discovery-meeting)", "\"handover\"", "not a step");
        });
        assertThat(branch).extracting(LintProblem::code, LintProblem::where).containsExactly(
                tuple("branch-target-unknown", "steps[4].branches[0].to"),
                tuple("step-unreachable", "steps[5]"),
                tuple("step-unreachable", "steps[6]"),
                tuple("step-unreachable", "steps[7]"));
    }

    @Test
    void aNextOnAnExitIsIgnoredWithAWarning() {
        assertThat(lint(demoWith("  outcome: completed\n", "  outcome: completed\n  next: nurture\n"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("next-ignored");
            assertThat(p.severity()).isEqualTo(LintProblem.WARNING);
            assertThat(p.message()).contains("\"Handed over to sales\" (handed-over)", "the flow ends at an exit");
        });
    }

    @Test
    void keysOfStepsAndLanesAreUnique() {
        String twin = "- key: nurture\n  type: exit\n  lane: system\n  name: Nurtured\n  outcome: completed\n";
        List<LintProblem> steps = lint(demo().replace(RECYCLED, RECYCLED + twin));
        List<LintProblem> lanes = lint(demoWith("- key: account-executive\n  name: Account Executive",
                "- key: sdr\n  name: Account Executive"));

        assertThat(withCode(steps, "step-duplicate")).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("steps[10].key");
            assertThat(p.message()).contains("\"nurture\"", "\"Put the lead into the nurture sequence\" (nurture) (steps[8])");
        });
        assertThat(withCode(lanes, "lane-duplicate")).singleElement()
                .satisfies(p -> assertThat(p.where()).isEqualTo("lanes[3].key"));
    }

    private static final String SPLIT = """
            key: onboarding
            name: Onboarding
            level: L3
            owner: sales-manager
            kind: workflow
            lanes:
            - key: system
              name: Baton
              kind: system
            - key: account-executive
              name: Account Executive
              kind: role
            - key: support-agent
              name: Support
              kind: role
            steps:
            - key: won
              type: trigger
              lane: system
              name: Deal won
              event: deal_stage_changed
              value: won
            - key: split
              type: parallel
              lane: system
              name: Start both
              branches:
              - to: kickoff
              - to: setup
            - key: kickoff
              type: task
              lane: account-executive
              name: Hold the kick-off
              next: together
            - key: setup
              type: task
              lane: support-agent
              name: Set up the account
              next: together
            - key: together
              type: join
              lane: system
              name: Both done
            - key: done
              type: exit
              lane: system
              name: Onboarded
              outcome: completed
            """;

    @Test
    void parallelBranchesThatMeetAtOneJoinAreFine() {
        assertThat(lint(SPLIT)).isEmpty();
    }

    @Test
    void aParallelBranchThatEndsWithoutTheJoinIsAnError() {
        List<LintProblem> problems = lint(SPLIT.replace("  name: Set up the account\n  next: together", "  name: Set up the account\n  next: done"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("parallel-unjoined");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("steps[1].branches[1]");
            assertThat(p.step()).isEqualTo("split");
            assertThat(p.message()).contains("\"Start both\" (split)", "\"Set up the account\" (setup)", "\"Onboarded\" (done)", "without a join");
        });
    }

    @Test
    void branchesMeetingAtDifferentJoinsAreAnError() {
        String twoJoins = SPLIT.replace("  name: Set up the account\n  next: together", "  name: Set up the account\n  next: other")
                .replace("- key: done\n", "- key: other\n  type: join\n  lane: system\n  name: Set up\n  next: done\n- key: done\n");

        assertThat(withCode(lint(twoJoins), "parallel-unjoined")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("different joins", "(together)", "(other)"));
    }

    @Test
    void aJoinWithoutASplitIsAnError() {
        String noSplit = SPLIT.replace("  type: parallel\n", "  type: gate\n").replace("  - to: kickoff\n  - to: setup\n",
                "  - term: customer\n    to: kickoff\n  - else: true\n    to: setup\n");

        assertThat(withCode(lint(noSplit), "join-without-split")).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("steps[4]");
            assertThat(p.message()).contains("\"Both done\" (together)", "no parallel split");
        });
    }

    @Test
    void aSplitInsideABranchIsSteppedOverFromItsOwnJoin() {
        String nested = SPLIT.replace("  name: Set up the account\n  next: together", "  name: Set up the account\n  next: inner")
                .replace("- key: together\n", """
                        - key: inner
                          type: parallel
                          lane: system
                          name: Set up both systems
                          branches:
                          - to: billing
                          - to: portal
                        - key: billing
                          type: task
                          lane: support-agent
                          name: Set up billing
                          next: inner-join
                        - key: portal
                          type: task
                          lane: support-agent
                          name: Open the portal
                          next: inner-join
                        - key: inner-join
                          type: join
                          lane: system
                          name: Systems ready
                          next: together
                        - key: together
                        """);

        assertThat(lint(nested)).isEmpty();
    }

    @Test
    void aConditionOnAParallelBranchIsIgnoredWithAWarning() {
        assertThat(lint(SPLIT.replace("  - to: setup\n", "  - term: customer\n    to: setup\n"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("parallel-branch-condition");
            assertThat(p.where()).isEqualTo("steps[1].branches[1]");
        });
    }

    @Test
    void aParallelSplitWithOneBranchIsAnError() {
        assertThat(lint(SPLIT.replace("  - to: kickoff\n  - to: setup\n", "  - to: kickoff\n")))
                .extracting(LintProblem::code).contains("parallel-branches");
    }
}
