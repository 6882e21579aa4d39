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

/** The document's header, glossary, lanes, ownership and what each step holds. */
class LintTests {

    @Test
    void theLeadManagementDemoLintsClean() {
        assertThat(lint(demo())).isEmpty();
    }

    @Test
    void theHeaderNeedsAKeyOfLowerCaseWordsANameALevelAKindAndAnOwnerRole() {
        List<LintProblem> problems = lint(demo().replace("key: lead-management", "key: Lead_Management")
                .replace("name: Lead Management\n", "").replace("level: L2", "level: L7")
                .replace("owner: marketing-manager", "owner: cmo").replace("kind: workflow", "kind: journey"));

        assertThat(problems).extracting(LintProblem::code, LintProblem::where)
                .containsExactly(
                        tuple("key-format", "key"),
                        tuple("name-missing", "name"),
                        tuple("level-invalid", "level"),
                        tuple("owner-unknown", "owner"),
                        tuple("kind-invalid", "kind"));
        assertThat(problems).allMatch(LintProblem::isError);
        assertThat(problems.get(0).message()).contains("\"Lead_Management\"", "lower-case", "\"lead-management\"");
        assertThat(problems.get(2).message()).contains("\"L7\"", "L1", "L4");
        assertThat(problems.get(3).message()).contains("\"cmo\"", "not a role of the org chart");
        assertThat(problems.get(4).message()).contains("\"journey\"", "\"workflow\"", "\"campaign\"");
    }

    @Test
    void aGlossaryTermTheWorkspaceDoesNotDefineIsAnError() {
        List<LintProblem> problems = lint(demoWith("- sql\nstakeholders", "- sql\n- hot-lead\nstakeholders"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("glossary-term-unknown");
            assertThat(p.where()).isEqualTo("glossary[3]");
            assertThat(p.message()).contains("\"hot-lead\"", "not in the workspace glossary");
        });
    }

    @Test
    void aGateOnATermOutsideTheGlossaryIsAnErrorAndOnATermTheDocumentDoesNotListAWarning() {
        List<LintProblem> unknown = lint(demoWith("term: mql", "term: whale"));
        List<LintProblem> unlisted = lint(demoWith("term: mql", "term: customer"));

        assertThat(unknown).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("branch-term-unknown");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("steps[2].branches[0].term");
            assertThat(p.step()).isEqualTo("mql-gate");
            assertThat(p.message()).contains("\"Marketing qualified?\" (mql-gate)", "\"whale\"");
        });
        assertThat(unlisted).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("branch-term-unlisted");
            assertThat(p.severity()).isEqualTo(LintProblem.WARNING);
            assertThat(p.message()).contains("\"customer\"", "does not list");
        });
    }

    @Test
    void aStakeholderIsARoleWithRaciLetters() {
        List<LintProblem> problems = lint(demoWith("- role: executive\n  raci: I", "- role: board\n  raci: X"));

        assertThat(problems).extracting(LintProblem::code, LintProblem::where).containsExactly(
                tuple("stakeholder-role-unknown", "stakeholders[3].role"),
                tuple("stakeholder-raci-invalid", "stakeholders[3].raci"));
    }

    @Test
    void aTaskInTheCustomerLaneIsAnErrorForATaskIsWorkForARole() {
        List<LintProblem> problems = lint(demoWith("  lane: sdr\n  name: Call the lead", "  lane: customer\n  name: Call the lead"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("task-lane-not-role");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("steps[3].lane");
            assertThat(p.step()).isEqualTo("qualify-call");
            assertThat(p.message()).contains("\"Call the lead and qualify them\" (qualify-call)", "Customer", "persona", "role lane");
        });
    }

    @Test
    void aRoleLaneIsARoleOfTheOrgChart() {
        List<LintProblem> problems = lint(demo().replace("- key: sdr\n", "- key: bdr\n").replace("  lane: sdr", "  lane: bdr"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("lane-role-unknown");
            assertThat(p.where()).isEqualTo("lanes[2].key");
            assertThat(p.message()).contains("\"SDR\" (bdr)", "not a role of the org chart");
        });
    }

    @Test
    void aLaneNoStepIsInIsAWarning() {
        List<LintProblem> problems = lint(demoWith("lanes:\n", "lanes:\n- key: partner\n  name: Channel partner\n  kind: external\n"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("lane-unused");
            assertThat(p.severity()).isEqualTo(LintProblem.WARNING);
            assertThat(p.where()).isEqualTo("lanes[0]");
            assertThat(p.message()).contains("\"Channel partner\" (partner)");
        });
    }

    @Test
    void aStepSharedWithAnotherLaneHasNoSingleOwner() {
        List<LintProblem> problems = lint(demoWith("  sla: 1 business day\n", "  sla: 1 business day\n  shared:\n  - account-executive\n"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("partially-owned");
            assertThat(p.severity()).isEqualTo(LintProblem.WARNING);
            assertThat(p.step()).isEqualTo("qualify-call");
            assertThat(p.message()).contains("no single owner: shared by SDR and Account Executive");
        });
    }

    @Test
    void aDecisionTakenInThePersonaLaneHasNoSingleOwner() {
        List<LintProblem> problems = lint(demoWith("  lane: system\n  name: Marketing qualified?", "  lane: customer\n  name: Marketing qualified?"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("partially-owned");
            assertThat(p.message()).contains("no single owner", "Customer");
        });
    }

    @Test
    void aStepInALaneTheDocumentDoesNotListIsAnError() {
        assertThat(lint(demoWith("  lane: account-executive\n  name: Hold", "  lane: sales\n  name: Hold")))
                .extracting(LintProblem::code).containsExactly("step-lane-unknown");
    }

    @Test
    void fieldsAStepReadsOrWritesExist() {
        List<LintProblem> problems = lint(demoWith("  - person.custom.interest\n", "  - person.custom.interest\n  - person.custom.budget\n"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("field-unknown");
            assertThat(p.where()).isEqualTo("steps[3].reads[3]");
            assertThat(p.message()).contains("\"person.custom.budget\"", "(qualify-call)");
        });
    }

    @Test
    void anSlaThatDoesNotParseIsAnError() {
        List<LintProblem> problems = lint(demoWith("sla: 1 business day", "sla: by tomorrow"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("sla-invalid");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("steps[3].sla");
            assertThat(p.step()).isEqualTo("qualify-call");
            assertThat(p.message()).contains("\"by tomorrow\"", "\"Call the lead and qualify them\" (qualify-call)", "\"1 business day\"", "\"4h\"");
        });
    }

    @Test
    void aTriggerHasAKnownEventAndTheValueItNeeds() {
        assertThat(lint(demoWith("event: stage_changed", "event: lead_created"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("trigger-event-unknown");
            assertThat(p.where()).isEqualTo("steps[0].event");
            assertThat(p.message()).contains("\"lead_created\"", "form_submitted", "manual");
        });
        assertThat(lint(demoWith("  value: lead\n", ""))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("trigger-value-missing");
            assertThat(p.message()).contains("stage_changed", "the lifecycle stage");
        });
        assertThat(lint(demoWith("event: stage_changed\n  value: lead", "event: field_changed\n  value: person.mood")))
                .extracting(LintProblem::code, LintProblem::where)
                .containsExactly(tuple("field-unknown", "steps[0].value"));
    }

    @Test
    void aTriggersReentryIsYesOrNo() {
        assertThat(lint(demoWith("  value: lead\n", "  value: lead\n  with:\n    reentry: yes\n"))).isEmpty();
        assertThat(lint(demoWith("  value: lead\n", "  value: lead\n  with:\n    reentry: \"No\"\n"))).isEmpty();
        assertThat(lint(demoWith("  value: lead\n", "  value: lead\n  with:\n    reentry: sometimes\n"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("trigger-reentry-invalid");
            assertThat(p.isError()).isTrue();
            assertThat(p.where()).isEqualTo("steps[0].with.reentry");
            assertThat(p.message()).contains("\"sometimes\"", "yes", "no");
        });
    }

    @Test
    void aLinkClickTriggerNamesAnEmailTemplateOrNothing() {
        assertThat(lint(demoWith("event: stage_changed\n  value: lead", "event: link_clicked\n  value: welcome"))).isEmpty();
        assertThat(lint(demoWith("event: stage_changed\n  value: lead", "event: link_clicked"))).isEmpty();
        assertThat(lint(demoWith("event: stage_changed\n  value: lead", "event: link_clicked\n  value: newsletter")))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("template-unknown");
                    assertThat(p.where()).isEqualTo("steps[0].value");
                    assertThat(p.message()).contains("\"newsletter\"", "not an email template", "any email");
                });
    }

    @Test
    void anActionIsKnownAndHasTheSettingsItNeeds() {
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: tag")))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("action-setting-missing");
                    assertThat(p.where()).isEqualTo("steps[8].with.tag");
                    assertThat(p.message()).contains("(nurture)", "needs tag");
                });
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: email\n  with:\n    template: wellcome")))
                .extracting(LintProblem::code).containsExactly("template-unknown");
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: webhook\n  with:\n    url: ftp://example.com/x")))
                .extracting(LintProblem::code).containsExactly("webhook-url-invalid");
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: set_field\n  with:\n    field: person.mood")))
                .extracting(LintProblem::code, LintProblem::where).containsExactly(
                        tuple("field-unknown", "steps[8].with.field"),
                        tuple("action-setting-missing", "steps[8].with.value"));
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: notify")))
                .extracting(LintProblem::code).containsExactly("action-setting-missing");
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: create_task\n  with:\n    title: Call back\n    role: owner\n    sla: 2 days")))
                .isEmpty();
        assertThat(lint(demoWith("action: tag\n  with:\n    tag: nurture", "action: start_process\n  with:\n    process: nurturing")))
                .extracting(LintProblem::code).containsExactly("process-unknown");
        assertThat(lint(demoWith("action: assign_owner\n  with:\n    role: account-executive", "action: assign_owner\n  with:\n    role: closer")))
                .extracting(LintProblem::code).containsExactly("role-unknown");
        assertThat(lint(demoWith("action: tag\n", "action: tweet\n")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("\"tweet\"", "email", "assign_owner"));
    }

    @Test
    void aWaitHasADurationThatParsesOrAnUntil() {
        String wait = "- key: nurture\n  type: wait\n  lane: system\n  name: Let it rest\n";
        String step = demo().substring(demo().indexOf("- key: nurture\n"), demo().indexOf("- key: recycled"));

        assertThat(lint(demo().replace(step, wait + "  duration: 2 weeks\n"))).isEmpty();
        assertThat(lint(demo().replace(step, wait + "  until: \"09:00\"\n"))).isEmpty();
        assertThat(lint(demo().replace(step, wait + "  until: deal.close\n"))).isEmpty();
        assertThat(lint(demo().replace(step, wait + "  until: Business Hours\n"))).isEmpty();
        assertThat(lint(demo().replace(step, wait))).extracting(LintProblem::code).containsExactly("wait-missing");
        assertThat(lint(demo().replace(step, wait + "  duration: a while\n"))).extracting(LintProblem::code)
                .containsExactly("wait-duration-invalid");
        assertThat(lint(demo().replace(step, wait + "  until: payday\n"))).extracting(LintProblem::code)
                .containsExactly("wait-until-invalid");
    }

    @Test
    void aStepKeyIsLowerCaseWordsJoinedByDashes() {
        List<LintProblem> problems = lint(demo().replace("qualify-call", "Qualify_Call"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("step-key-format");
            assertThat(p.where()).isEqualTo("steps[3].key");
            assertThat(p.message()).contains("\"Qualify_Call\"", "\"qualify-call\"");
        });
    }

    @Test
    void anExitHasAKnownOutcome() {
        assertThat(lint(demoWith("outcome: recycled", "outcome: parked"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("exit-outcome-unknown");
            assertThat(p.where()).isEqualTo("steps[9].outcome");
            assertThat(p.message()).contains("\"parked\"", "completed", "recycled");
        });
    }
}
