package dev.baton.processes.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTests {

    private final ProcessDocument base = Samples.document("lead-management");

    @Test
    void twoDraftsSettingOneSlaDifferentlyConflictAndTheBaseStays() {
        MergeResult result = ThreeWayMerge.merge(base, List.of(
                new Draft("alice", Edits.step(base, "qualify-call", s -> s.withSla("4 hours"))),
                new Draft("bob", Edits.step(base, "qualify-call", s -> s.withSla("2 business days")))));

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("step:qualify-call:sla");
            assertThat(c.subject()).isEqualTo(Subject.STEP);
            assertThat(c.key()).isEqualTo("qualify-call");
            assertThat(c.field()).isEqualTo("sla");
            assertThat(c.base()).isEqualTo("1 business day");
            assertThat(c.values()).containsExactly(entry("alice", "4 hours"), entry("bob", "2 business days"));
            assertThat(c.description()).isEqualTo(
                    "Step qualify-call: SLA changed differently by alice (4 hours) and bob (2 business days); stays 1 business day until resolved");
        });
        assertThat(result.document().step("qualify-call").orElseThrow().sla()).isEqualTo("1 business day");
        assertThat(result.document()).isEqualTo(base);
        assertThat(result.clean()).isFalse();
    }

    @Test
    void aResolutionTakesTheChosenDraftsValueOrTheBase() {
        List<Draft> drafts = List.of(
                new Draft("alice", Edits.step(base, "qualify-call", s -> s.withSla("4 hours"))),
                new Draft("bob", Edits.step(base, "qualify-call", s -> s.withSla("2 business days").withName("Qualify the lead"))));
        String id = ThreeWayMerge.merge(base, drafts).conflicts().getFirst().id();

        MergeResult bobs = ThreeWayMerge.merge(base, drafts, Map.of(id, "bob"));
        assertThat(bobs.clean()).isTrue();
        assertThat(bobs.document().step("qualify-call").orElseThrow().sla()).isEqualTo("2 business days");
        assertThat(bobs.applied()).anySatisfy(a -> {
            assertThat(a.change().description()).isEqualTo("Step qualify-call: SLA changed from 1 business day to 2 business days");
            assertThat(a.drafts()).containsExactly("bob");
        });

        MergeResult kept = ThreeWayMerge.merge(base, drafts, Map.of(id, ThreeWayMerge.BASE));
        assertThat(kept.clean()).isTrue();
        assertThat(kept.document().step("qualify-call").orElseThrow().sla()).isEqualTo("1 business day");
        assertThat(kept.document().step("qualify-call").orElseThrow().name()).isEqualTo("Qualify the lead");

        assertThatThrownBy(() -> ThreeWayMerge.merge(base, drafts, Map.of(id, "carol")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Conflict step:qualify-call:sla is resolved with base or one of alice, bob, not with carol");
    }

    @Test
    void conflictIdsAreTheSameOnEveryCallWithTheSameDrafts() {
        List<Draft> drafts = List.of(
                new Draft("alice", Edits.renamed(Edits.remove(base, "nurture"), "Leads")),
                new Draft("bob", Edits.renamed(Edits.step(base, "nurture", s -> s.withName("Nurture")), "Lead intake")));

        assertThat(ThreeWayMerge.merge(base, drafts).conflicts()).extracting(Conflict::id)
                .containsExactly("document:lead-management:name", "step:nurture")
                .isEqualTo(ThreeWayMerge.merge(base, drafts).conflicts().stream().map(Conflict::id).toList());
    }

    @Test
    void editsToDifferentFieldsOfOneStepBothApply() {
        MergeResult result = ThreeWayMerge.merge(base, List.of(
                new Draft("alice", Edits.step(base, "qualify-call", s -> s.withName("Qualify the lead by phone"))),
                new Draft("bob", Edits.step(base, "qualify-call", s -> s.withSla("4 hours")))));

        assertThat(result.clean()).isTrue();
        Step step = result.document().step("qualify-call").orElseThrow();
        assertThat(step.name()).isEqualTo("Qualify the lead by phone");
        assertThat(step.sla()).isEqualTo("4 hours");
        assertThat(result.applied()).extracting(a -> a.drafts().getFirst() + ": " + a.change().description()).containsExactly(
                "alice: Step qualify-call: name changed from Call the lead and qualify them to Qualify the lead by phone",
                "bob: Step qualify-call: SLA changed from 1 business day to 4 hours");
    }

    @Test
    void twoDraftsMakingTheSameChangeIsNoConflict() {
        MergeResult result = ThreeWayMerge.merge(base, List.of(
                new Draft("alice", Edits.step(base, "qualify-call", s -> s.withSla("4 hours"))),
                new Draft("bob", Edits.step(base, "qualify-call", s -> s.withSla("4 hours")))));

        assertThat(result.clean()).isTrue();
        assertThat(result.applied()).singleElement().satisfies(a -> assertThat(a.drafts()).containsExactly("alice", "bob"));
        assertThat(result.document().step("qualify-call").orElseThrow().sla()).isEqualTo("4 hours");
    }

    @Test
    void aStepOneDraftRemovesAndAnotherEditsConflictsAndStaysUntilResolved() {
        List<Draft> drafts = List.of(
                new Draft("alice", Edits.remove(base, "discovery-meeting")),
                new Draft("bob", Edits.step(base, "discovery-meeting", s -> s.withSla("5 business days"))));

        MergeResult result = ThreeWayMerge.merge(base, drafts);

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("step:discovery-meeting");
            assertThat(c.field()).isEmpty();
            assertThat(c.values()).containsKeys("alice", "bob");
            assertThat(c.values().get("alice")).isNull();
            assertThat(c.values().get("bob")).contains("sla: 5 business days");
            assertThat(c.description()).isEqualTo(
                    "Step discovery-meeting: removed by alice but changed by bob; kept as it was until resolved");
        });
        assertThat(result.document()).isEqualTo(base);

        MergeResult removed = ThreeWayMerge.merge(base, drafts, Map.of("step:discovery-meeting", "alice"));
        assertThat(removed.document().step("discovery-meeting")).isEmpty();
        assertThat(removed.applied()).extracting(a -> a.change().description()).containsExactly("Step discovery-meeting removed");

        MergeResult edited = ThreeWayMerge.merge(base, drafts, Map.of("step:discovery-meeting", "bob"));
        assertThat(edited.document().step("discovery-meeting").orElseThrow().sla()).isEqualTo("5 business days");
    }

    @Test
    void aStepOneDraftRemovesWhileAnotherNewlyLeadsToItConflicts() {
        ProcessDocument rerouted = Edits.step(base, "sql-gate", s -> Edits.branches(s,
                List.of(s.branches().get(0), new Branch("not qualified", null, null, true, "recycled"))));

        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", Edits.remove(base, "recycled")),
                new Draft("bob", rerouted)));

        assertThat(result.conflicts()).extracting(Conflict::description)
                .containsExactly("Step recycled: removed by alice but bob leads to it; kept as it was until resolved");
        assertThat(result.document().step("recycled")).isPresent();
        assertThat(result.document().step("sql-gate").orElseThrow().branches().get(1).to()).isEqualTo("recycled");
    }

    @Test
    void stepsInsertedByTwoDraftsAtDifferentPlacesBothLandInOrder() {
        Step enrich = Step.action("enrich", "system", "Look the company up", "webhook", Map.of("url", "https://enrich.example"));
        Step callBack = Step.task("call-back", "sdr", "Call back", "Call again the next day.", "1 business day");
        Step welcome = Step.action("welcome", "system", "Send the welcome email", "email", Map.of("template", "welcome"));

        MergeResult result = ThreeWayMerge.merge(base, List.of(
                new Draft("alice", Edits.insert(base, "became-lead", enrich)),
                new Draft("bob", Edits.insert(Edits.insert(base, "qualify-call", callBack), "discovery-meeting", welcome))));

        assertThat(result.clean()).isTrue();
        assertThat(result.document().steps()).extracting(Step::key).containsExactly("became-lead", "enrich", "assign-owner",
                "mql-gate", "qualify-call", "call-back", "sql-gate", "create-deal", "discovery-meeting", "welcome", "handed-over",
                "nurture", "recycled");
        assertThat(result.applied()).extracting(a -> a.drafts().getFirst() + ": " + a.change().description()).containsExactly(
                "alice: Step enrich added after became-lead: action \"Look the company up\" in lane system",
                "bob: Step call-back added after qualify-call: task \"Call back\" in lane sdr",
                "bob: Step welcome added after discovery-meeting: action \"Send the welcome email\" in lane system");
    }

    @Test
    void stepsInsertedByTwoDraftsAtTheSamePlaceKeepTheDraftsOrder() {
        Step enrich = Step.action("enrich", "system", "Look the company up", "webhook", Map.of("url", "https://enrich.example"));
        Step score = Step.action("score", "system", "Score the lead", "set_field", Map.of("field", "custom.score"));

        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", Edits.insert(base, "became-lead", enrich)),
                new Draft("bob", Edits.insert(base, "became-lead", score))));

        assertThat(result.document().steps()).extracting(Step::key).startsWith("became-lead", "enrich", "score", "assign-owner");
    }

    @Test
    void twoDraftsAddingDifferentStepsUnderOneKeyConflictAndNeitherLandsUntilResolved() {
        List<Draft> drafts = List.of(
                new Draft("alice", Edits.insert(base, "qualify-call", Step.task("follow-up", "sdr", "Follow up", "Email.", "2 days"))),
                new Draft("bob", Edits.insert(base, "discovery-meeting",
                        Step.task("follow-up", "account-executive", "Follow up", "Call.", "1 day"))));

        MergeResult result = ThreeWayMerge.merge(base, drafts);

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("step:follow-up");
            assertThat(c.base()).isNull();
            assertThat(c.values()).containsOnlyKeys("alice", "bob");
            assertThat(c.description()).isEqualTo("Step follow-up: added differently by alice and bob; left out until resolved");
        });
        assertThat(result.document().step("follow-up")).isEmpty();

        ProcessDocument bobs = ThreeWayMerge.merge(base, drafts, Map.of("step:follow-up", "bob")).document();
        assertThat(bobs.step("follow-up").orElseThrow().lane()).isEqualTo("account-executive");
        assertThat(bobs.steps()).extracting(Step::key).containsSubsequence("discovery-meeting", "follow-up", "handed-over");
    }

    @Test
    void aStepMovedToDifferentPlacesConflicts() {
        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", Edits.move(base, "nurture", "mql-gate")),
                new Draft("bob", Edits.move(base, "nurture", "sql-gate"))));

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("step:nurture:position");
            assertThat(c.values()).containsExactly(entry("alice", "after mql-gate"), entry("bob", "after sql-gate"));
            assertThat(c.description()).isEqualTo(
                    "Step nurture: moved to different places by alice (after mql-gate) and bob (after sql-gate); stays after handed-over until resolved");
        });
        assertThat(result.document()).isEqualTo(base);
        assertThat(ThreeWayMerge.merge(base, List.of(new Draft("alice", Edits.move(base, "nurture", "mql-gate")),
                new Draft("bob", Edits.move(base, "nurture", "sql-gate"))), Map.of("step:nurture:position", "bob")).document().steps())
                .extracting(Step::key).containsSubsequence("sql-gate", "nurture", "create-deal");
    }

    @Test
    void headerFieldsConflictLikeStepFields() {
        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", Edits.owned(base, "sales-manager")),
                new Draft("bob", Edits.owned(base, "revenue-operations"))));

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("document:lead-management:owner");
            assertThat(c.subject()).isEqualTo(Subject.DOCUMENT);
            assertThat(c.description()).isEqualTo(
                    "Document: owner changed differently by alice (sales-manager) and bob (revenue-operations); stays marketing-manager until resolved");
        });
        assertThat(result.document().owner()).isEqualTo("marketing-manager");
    }

    @Test
    void aBranchConditionChangedInOneDraftAndABranchAddedInAnotherBothApply() {
        ProcessDocument stricter = Edits.step(base, "mql-gate", s -> Edits.branches(s,
                List.of(new Branch("MQL", "mql-plus", null, false, "qualify-call"), s.branches().get(1))));
        ProcessDocument colder = Edits.step(base, "mql-gate", s -> Edits.branches(s,
                List.of(s.branches().get(0), Branch.onTerm("cold-lead", "recycled"), s.branches().get(1))));

        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", stricter), new Draft("bob", colder)));

        assertThat(result.clean()).isTrue();
        assertThat(result.document().step("mql-gate").orElseThrow().branches()).containsExactly(
                new Branch("MQL", "mql-plus", null, false, "qualify-call"), Branch.onTerm("cold-lead", "recycled"),
                new Branch("not yet", null, null, true, "nurture"));
        assertThat(result.applied()).extracting(a -> a.change().description()).containsExactly(
                "Step mql-gate, branch to qualify-call: term changed from mql to mql-plus",
                "Step mql-gate, branch to recycled added after branch to qualify-call: when cold-lead");
    }

    @Test
    void aBranchOneDraftRemovesAndAnotherEditsConflictsUnderItsStep() {
        ProcessDocument withoutElse = Edits.step(base, "mql-gate", s -> Edits.branches(s, List.of(s.branches().get(0))));
        ProcessDocument relabelled = Edits.step(base, "mql-gate", s -> Edits.branches(s,
                List.of(s.branches().get(0), new Branch("later", null, null, true, "nurture"))));

        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", withoutElse), new Draft("bob", relabelled)));

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("branch:mql-gate:branches[to=nurture]");
            assertThat(c.description()).isEqualTo(
                    "Step mql-gate, branch to nurture: removed by alice but changed by bob; kept as it was until resolved");
        });
        assertThat(result.document()).isEqualTo(base);
    }

    @Test
    void fieldListsMergeAsSetsSoAdditionsFromBothDraftsLand() {
        MergeResult result = ThreeWayMerge.merge(base, List.of(
                new Draft("alice", Edits.step(base, "qualify-call", s -> s.withFields(List.of("person.phone", "person.owner",
                        "person.custom.interest", "person.email"), s.writes()))),
                new Draft("bob", Edits.step(base, "qualify-call", s -> s.withFields(List.of("person.phone",
                        "person.custom.interest", "person.custom.budget"), s.writes())))));

        assertThat(result.clean()).isTrue();
        assertThat(result.document().step("qualify-call").orElseThrow().reads()).containsExactly("person.phone",
                "person.custom.interest", "person.email", "person.custom.budget");
    }

    @Test
    void mergingOneDraftGivesThatDraft() {
        ProcessDocument draft = Edits.renamed(base, "Lead Handling");
        draft = Edits.addLane(draft, new Lane("partner", "Reseller", Lane.EXTERNAL));
        draft = Edits.glossary(draft, List.of("lead", "sql", "icp"));
        draft = Edits.insert(draft, "qualify-call", Step.task("call-back", "sdr", "Call back", "Call again.", "1 business day"));
        draft = Edits.move(Edits.remove(draft, "handed-over"), "nurture", "mql-gate");
        draft = Edits.step(draft, "create-deal", s -> Edits.with(s, Map.of("pipeline", "renewals", "owner", "sdr")));
        draft = Edits.step(draft, "sql-gate", s -> Edits.branches(s, List.of(new Branch("not qualified", null, null, true, "recycled"),
                s.branches().get(0))));
        draft = Edits.step(draft, "discovery-meeting", s -> s.withSla(null).withNext("recycled").withShared(List.of("sdr")));

        MergeResult result = ThreeWayMerge.merge(base, List.of(new Draft("alice", draft)));

        assertThat(result.clean()).isTrue();
        assertThat(result.document()).isEqualTo(draft);
        assertThat(result.applied()).extracting(AppliedChange::change).containsExactlyInAnyOrderElementsOf(DocumentDiff.between(base, draft));
    }

    @Test
    void draftsNeedNamesOfTheirOwn() {
        assertThatThrownBy(() -> ThreeWayMerge.merge(base, List.of(new Draft("alice", base), new Draft("alice", base))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Two drafts are called alice; each needs its own name");
        assertThatThrownBy(() -> new Draft("base", base)).isInstanceOf(IllegalArgumentException.class);
    }
}
