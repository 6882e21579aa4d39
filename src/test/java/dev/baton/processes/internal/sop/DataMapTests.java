package dev.baton.processes.internal.sop;

import static dev.baton.processes.internal.sop.Xhtml.all;
import static dev.baton.processes.internal.sop.Xhtml.cls;
import static dev.baton.processes.internal.sop.Xhtml.one;
import static dev.baton.processes.internal.sop.Xhtml.rows;
import static dev.baton.processes.internal.sop.Xhtml.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import dev.baton.processes.internal.sop.DataMap.Field;
import dev.baton.processes.internal.sop.DataMap.LaneSteps;
import dev.baton.processes.internal.sop.DataMap.StepRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DataMapTests {

    private final DataMap leadManagement = DataMap.of(List.of(SopFixtures.leadManagement()));

    @Test
    void namesEveryFieldWithTheStepsThatReadAndWriteIt() {
        assertThat(leadManagement.fields()).extracting(Field::name).containsExactly("deal.amount", "deal.close", "deal.stage",
                "person.custom.interest", "person.email", "person.lifecycle", "person.owner", "person.phone", "person.source",
                "person.tags");
        Field owner = leadManagement.field("person.owner").orElseThrow();
        assertThat(owner.writtenBy()).extracting(StepRef::step).containsExactly("assign-owner");
        assertThat(owner.readBy()).extracting(StepRef::step).containsExactly("qualify-call", "create-deal");
        assertThat(owner.readBy().getFirst()).isEqualTo(new StepRef("lead-management", "Lead Management", "qualify-call",
                "Call the lead and qualify them", "sdr", "SDR"));
        assertThat(leadManagement.field("deal.amount").orElseThrow().writtenBy()).extracting(StepRef::step, StepRef::lane)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("create-deal", "system"),
                        org.assertj.core.groups.Tuple.tuple("discovery-meeting", "account-executive"));
    }

    @Test
    void flagsFieldsWrittenAndNeverReadAndReadAndNeverWritten() {
        // As the demo is written: the trigger's email and source, the SDR's lifecycle, the deal's amount and close date and the
        // nurture tag are written for no later step; the phone and the interest the SDR reads come from no step.
        assertThat(leadManagement.writtenNeverRead()).extracting(Field::name).containsExactly("deal.amount", "deal.close",
                "person.email", "person.lifecycle", "person.source", "person.tags");
        assertThat(leadManagement.readNeverWritten()).extracting(Field::name).containsExactly("person.custom.interest", "person.phone");
        assertThat(leadManagement.field("deal.stage").orElseThrow()).satisfies(f -> {
            assertThat(f.writtenNeverRead()).isFalse();
            assertThat(f.readNeverWritten()).isFalse();
        });
    }

    @Test
    void groupsTheStepsByLaneInFlowOrderLeavingOutStepsThatUseNoField() {
        assertThat(leadManagement.lanes()).extracting(LaneSteps::name).containsExactly("Customer", "Baton", "SDR", "Account Executive");
        assertThat(leadManagement.lanes().get(1).steps()).extracting(StepRef::step).containsExactly("assign-owner", "create-deal",
                "nurture");
        assertThat(leadManagement.steps()).extracting(StepRef::step).doesNotContain("mql-gate", "sql-gate", "handed-over", "recycled");
    }

    @Test
    void acrossDocumentsAFieldOneWritesAndAnotherReadsIsNotFlaggedAndALaneIsOneLane() {
        DataMap map = DataMap.of(List.of(SopFixtures.leadManagement(), SopFixtures.partnerReferral()));

        assertThat(map.field("person.referrer").orElseThrow().writtenNeverRead()).isFalse();
        assertThat(map.readNeverWritten()).extracting(Field::name).containsExactly("person.custom.interest", "person.phone");
        assertThat(map.field("person.lifecycle").orElseThrow().writtenBy()).extracting(StepRef::document)
                .containsExactly("lead-management", "partner-referral");
        assertThat(map.lanes()).extracting(LaneSteps::lane).containsExactly("customer", "system", "sdr", "account-executive", "partner");
        assertThat(map.lanes().get(2).steps()).extracting(StepRef::step).containsExactly("qualify-call", "call-referral");
    }

    @Test
    void theHtmlIsATableOfFieldsAgainstStepsByLaneWithTheFlagsShown() {
        Document html = Xhtml.parse(DataMapHtml.render(leadManagement));

        assertThat(rows(html, "//thead/tr[1]")).containsExactly("Field | Customer | Baton | SDR | Account Executive | Flag");
        assertThat(all(html, "//thead/tr[1]/th[@colspan]")).extracting(th -> th.getAttribute("colspan"))
                .containsExactly("1", "3", "1", "1");
        assertThat(rows(html, "//thead/tr[2]")).containsExactly("Someone becomes a lead | Give the lead an owner | "
                + "Open a deal in the pipeline | Put the lead into the nurture sequence | Call the lead and qualify them | "
                + "Hold the discovery meeting");
        assertThat(rows(html, "//tbody/tr")).containsExactly(
                "deal.amount |  |  | W |  |  | W | written, never read",
                "deal.close |  |  |  |  |  | W | written, never read",
                "deal.stage |  |  | W |  |  | R | ",
                "person.custom.interest |  |  |  |  | R |  | read, never written",
                "person.email | W |  |  |  |  |  | written, never read",
                "person.lifecycle |  |  |  |  | W |  | written, never read",
                "person.owner |  | W | R |  | R |  | ",
                "person.phone |  |  |  |  | R |  | read, never written",
                "person.source | W |  |  |  |  |  | written, never read",
                "person.tags |  |  |  | W |  |  | written, never read");
        assertThat(texts(html, "//tbody/tr[" + cls("written-never-read") + "]/th")).containsExactly("deal.amount", "deal.close",
                "person.email", "person.lifecycle", "person.source", "person.tags");
        assertThat(texts(html, "//div[" + cls("data-map-flags") + "]//li")).contains(
                "person.email: written, never read - written by Someone becomes a lead (Customer)",
                "person.custom.interest: read, never written - read by Call the lead and qualify them (SDR)");
    }

    @Test
    void aStepThatReadsAndWritesAFieldShowsBothAndNamesAreEscaped() {
        ProcessDocument doc = new ProcessDocument("x", "X & <Y>", "L4", null, null, null, null, null, null,
                List.of(new Lane("a&b", "A & <B>", Lane.ROLE)),
                List.of(Step.task("t", "a&b", "Count <all> & more", null, null)
                        .withFields(List.of("custom.<n>&m"), List.of("custom.<n>&m", "custom.\"q\""))));

        String fragment = DataMapHtml.render(DataMap.of(List.of(doc)));
        Document html = Xhtml.parse(fragment);

        assertThat(fragment).doesNotContain("<n>").doesNotContain("<all>").doesNotContain("<B>");
        assertThat(rows(html, "//thead/tr")).containsExactly("Field | A & <B> | Flag", "Count <all> & more");
        assertThat(rows(html, "//tbody/tr")).containsExactly("custom.\"q\" | W | written, never read", "custom.<n>&m | RW | ");
        assertThat(one(html, "//tbody/tr[2]/td[1]").getAttribute("title")).isEqualTo("read and written");
    }

    @Test
    void aDocumentWithoutFieldsGivesAnEmptyMapThatSaysSo() {
        DataMap map = DataMap.of(List.of(new ProcessDocument("e", "E", null, null, null, null, null, null, null, null,
                List.of(Step.exit("end", null, "End", "completed")))));

        assertThat(map.fields()).isEmpty();
        assertThat(map.lanes()).isEmpty();
        assertThat(texts(Xhtml.parse(DataMapHtml.render(map)), "//p")).containsExactly("No step reads or writes a field.");
    }
}
