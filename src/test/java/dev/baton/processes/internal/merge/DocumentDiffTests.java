package dev.baton.processes.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import dev.baton.processes.internal.merge.Change.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDiffTests {

    private final ProcessDocument leads = Samples.document("lead-management");

    @Test
    void aDocumentDiffersFromItselfInNothing() {
        assertThat(DocumentDiff.between(leads, Samples.document("lead-management"))).isEmpty();
    }

    @Test
    void aChangedSlaIsOneFieldOfOneStepInWordsAPersonReads() {
        ProcessDocument after = Edits.step(leads, "qualify-call", s -> s.withSla("4 hours"));

        assertThat(DocumentDiff.between(leads, after)).singleElement().isEqualTo(new Change(Subject.STEP, "qualify-call", "sla",
                Kind.CHANGED, "1 business day", "4 hours", "Step qualify-call: SLA changed from 1 business day to 4 hours"));
    }

    @Test
    void fieldsSetAndClearedSaySo() {
        ProcessDocument after = Edits.step(Edits.step(leads, "qualify-call", s -> s.withTemplate(null)), "discovery-meeting",
                s -> s.withTemplate("discovery-meeting"));

        assertThat(DocumentDiff.between(leads, after)).extracting(Change::description).containsExactly(
                "Step qualify-call: template cleared (was discovery-call)",
                "Step discovery-meeting: template set to discovery-meeting");
    }

    @Test
    void anActionSettingIsItsOwnField() {
        ProcessDocument after = Edits.step(leads, "create-deal", s -> Edits.with(s, Map.of("pipeline", "renewals")));

        assertThat(DocumentDiff.between(leads, after)).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("with.pipeline");
            assertThat(c.description()).isEqualTo("Step create-deal: pipeline setting changed from new-business to renewals");
        });
    }

    @Test
    void fieldListsAreComparedAsSetsOfNames() {
        ProcessDocument after = Edits.step(leads, "qualify-call",
                s -> s.withFields(List.of("person.custom.interest", "person.phone", "person.email"), s.writes()));

        assertThat(DocumentDiff.between(leads, after)).containsExactly(
                new Change(Subject.STEP, "qualify-call", "reads", Kind.REMOVED, "person.owner", null,
                        "Step qualify-call: person.owner removed from reads"),
                new Change(Subject.STEP, "qualify-call", "reads", Kind.ADDED, null, "person.email",
                        "Step qualify-call: person.email added to reads"));
    }

    @Test
    void stepsAddedRemovedAndMovedAreListedInTheNewOrderWithRemovedOnesWhereTheyWere() {
        Step callBack = Step.task("call-back", "sdr", "Call back", "Call again the next day.", "1 business day");
        ProcessDocument after = Edits.move(Edits.remove(Edits.insert(leads, "qualify-call", callBack), "handed-over"), "nurture",
                "mql-gate");

        List<Change> changes = DocumentDiff.between(leads, after);

        assertThat(changes).extracting(Change::description).containsExactly(
                "Step nurture moved after mql-gate",
                "Step call-back added after qualify-call: task \"Call back\" in lane sdr",
                "Step handed-over removed");
        assertThat(changes).extracting(Change::key, Change::field, Change::kind).containsExactly(
                tuple("nurture", "position", Kind.MOVED),
                tuple("call-back", "", Kind.ADDED),
                tuple("handed-over", "", Kind.REMOVED));
        assertThat(changes.getFirst().oldValue()).isEqualTo("after handed-over");
        assertThat(changes.getFirst().newValue()).isEqualTo("after mql-gate");
    }

    @Test
    void movingOneStepDownNamesThatStepNotTheOnesItPassed() {
        ProcessDocument after = Edits.move(leads, "assign-owner", "sql-gate");

        assertThat(DocumentDiff.between(leads, after)).extracting(Change::description)
                .containsExactly("Step assign-owner moved after sql-gate");
    }

    @Test
    void headerLanesStakeholdersAndGlossaryComeBeforeStepsInThatOrder() {
        ProcessDocument after = Edits.step(leads, "nurture", s -> s.withName("Nurture the lead"));
        after = Edits.renamed(after, "Lead Handling");
        after = Edits.glossary(after, List.of("lead", "sql", "icp"));
        after = Edits.stakeholders(after, List.of(new Stakeholder("marketing-manager", "A"), new Stakeholder("sales-manager", "RA"),
                new Stakeholder("sdr", "C"), new Stakeholder("executive", "I")));
        after = Edits.addLane(after, new Lane("partner", "Reseller", Lane.EXTERNAL));

        assertThat(DocumentDiff.between(leads, after)).extracting(Change::subject, Change::description).containsExactly(
                tuple(Subject.DOCUMENT, "Document: name changed from Lead Management to Lead Handling"),
                tuple(Subject.LANE, "Lane partner added after account-executive: \"Reseller\" (external)"),
                tuple(Subject.STAKEHOLDER, "Stakeholder sales-manager: RACI changed from R to RA"),
                tuple(Subject.GLOSSARY, "Glossary term mql removed"),
                tuple(Subject.GLOSSARY, "Glossary term icp added"),
                tuple(Subject.STEP,
                        "Step nurture: name changed from Put the lead into the nurture sequence to Nurture the lead"));
    }

    @Test
    void branchesOfAGateAreMatchedByTheirTarget() {
        ProcessDocument after = Edits.step(leads, "mql-gate", s -> Edits.branches(s, List.of(
                new Branch("cold", "cold-lead", null, false, "recycled"),
                new Branch("MQL", "mql-plus", null, false, "qualify-call"),
                new Branch("not yet", null, null, true, "nurture"))));

        assertThat(DocumentDiff.between(leads, after)).containsExactly(
                new Change(Subject.BRANCH, "mql-gate", "branches[to=recycled]", Kind.ADDED, null,
                        "label: cold; term: cold-lead; to: recycled",
                        "Step mql-gate, branch to recycled added at the start: \"cold\" when cold-lead"),
                new Change(Subject.BRANCH, "mql-gate", "branches[to=qualify-call].term", Kind.CHANGED, "mql", "mql-plus",
                        "Step mql-gate, branch to qualify-call: term changed from mql to mql-plus"));
    }

    @Test
    void aBranchWhoseTargetChangedIsMatchedByItsPlace() {
        ProcessDocument after = Edits.step(leads, "sql-gate", s -> Edits.branches(s, List.of(s.branches().get(0),
                new Branch("not qualified", null, null, true, "recycled"))));

        assertThat(DocumentDiff.between(leads, after)).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("branches[to=nurture].to");
            assertThat(c.description()).isEqualTo("Step sql-gate, branch to nurture: target changed from nurture to recycled");
        });
    }

    @Test
    void longValuesAreShortenedInTheDescriptionButKeptWholeInTheChange() {
        String instructions = "Call within four hours. Ask about budget, authority, need and timeline, and note them down.";
        ProcessDocument after = Edits.step(leads, "qualify-call", s -> Step.task(s.key(), s.lane(), s.name(), instructions, s.sla())
                .withTemplate(s.template()).withFields(s.reads(), s.writes()));

        assertThat(DocumentDiff.between(leads, after)).singleElement().satisfies(c -> {
            assertThat(c.newValue()).isEqualTo(instructions);
            assertThat(c.description()).startsWith("Step qualify-call: instructions changed from Call within one business day.")
                    .contains("… to Call within four hours.").endsWith("…");
        });
    }
}
