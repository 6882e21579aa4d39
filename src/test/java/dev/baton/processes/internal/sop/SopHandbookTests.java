package dev.baton.processes.internal.sop;

import static dev.baton.processes.internal.sop.Xhtml.all;
import static dev.baton.processes.internal.sop.Xhtml.cls;
import static dev.baton.processes.internal.sop.Xhtml.one;
import static dev.baton.processes.internal.sop.Xhtml.rows;
import static dev.baton.processes.internal.sop.Xhtml.text;
import static dev.baton.processes.internal.sop.Xhtml.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SopHandbookTests {

    private final SopWriter writer = new SopWriter();
    private final List<ProcessDocument> published = List.of(SopFixtures.leadManagement(), SopFixtures.partnerReferral());

    private Document handbook(String role) {
        return Xhtml.parse(writer.role(role, published, SopFixtures.context()));
    }

    private static Element step(Document page, String id) {
        return one(page, "//div[" + cls("step") + " and @id='" + id + "']");
    }

    @Test
    void namesTheRoleAndListsItsStepsInEveryPublishedDocumentInFlowOrder() {
        Document page = handbook("sdr");

        assertThat(text(one(page, "//h1"))).isEqualTo("Sales Development Rep");
        assertThat(text(one(page, "//div[" + cls("header") + "]/p[" + cls("purpose") + "]")))
                .isEqualTo("Calls new leads, qualifies them and books meetings for the account executives.");
        assertThat(texts(page, "//div[" + cls("process") + "]/h2")).containsExactly("Lead Management", "Partner Referral");
        assertThat(texts(page, "//div[@id='lead-management']//div[" + cls("step") + "]/h3"))
                .containsExactly("4. Call the lead and qualify them", "5. Sales qualified?");
        assertThat(texts(page, "//div[@id='partner-referral']//div[" + cls("step") + "]/h3"))
                .containsExactly("4. Call the referred contact");
        assertThat(one(page, "//div[@id='partner-referral']/h2/a").getAttribute("href")).isEqualTo("/processes/partner-referral/sop");
    }

    @Test
    void aStepSaysWhoHandsTheWorkOverWhatToDoByWhenWithWhichTemplateAndToWhomItGoesOn() {
        Document page = handbook("sdr");

        assertThat(texts(step(page, "lead-management-step-4"), "p[" + cls("line") + "]")).containsExactly(
                "Comes from: Baton, step 3: Marketing qualified? (MQL)",
                "Instructions: Call within one business day. Ask about budget, authority, need and timeline, and write them down with "
                        + "the Discovery call note template. Set the lifecycle stage to SQL when all four are known and the need fits.",
                "SLA: within 1 business day",
                "Use the template: Discovery call (note template)",
                "Read: person.phone, person.owner, person.custom.interest",
                "Fill in: person.lifecycle",
                "Then: you, step 5: Sales qualified?");
        assertThat(texts(step(page, "lead-management-step-5"), "p[" + cls("line") + "]")).containsExactly(
                "Comes from: you, step 4: Call the lead and qualify them",
                "If SQL: Baton, step 6: Open a deal in the pipeline (meets the glossary term Sales Qualified Lead)",
                "Otherwise (not qualified): Baton, step 9: Put the lead into the nurture sequence");
        assertThat(texts(step(page, "partner-referral-step-4"), "p[" + cls("line") + "]")).containsExactly(
                "Comes from: Channel Manager, step 3: Already a customer? (otherwise)",
                "Instructions: Call the contact, mention the partner by name and book a discovery meeting.",
                "SLA: within 4 business hours",
                "Use the template: Referral call (note template)",
                "Read: person.referrer, person.phone",
                "Fill in: person.lifecycle",
                "Hands on to: Baton, step 5: Thank the partner");
        // Steps of the role link to each other; steps of other lanes are not on the page and are named instead.
        assertThat(all(step(page, "lead-management-step-4"), ".//a")).extracting(a -> a.getAttribute("href"))
                .containsExactly("#lead-management-step-5");
    }

    @Test
    void endsWithWhereTheRoleHasASayAndTheGlossaryOfTheDocumentsItWorksIn() {
        Document page = handbook("sdr");

        assertThat(rows(page, "//div[@id='stakes']//tbody/tr")).containsExactly("Lead Management | C | consulted | no",
                "Partner Referral | R | responsible | yes");
        assertThat(texts(page, "//dl[" + cls("glossary") + "]/dt")).containsExactly("Lead", "Marketing Qualified Lead",
                "Sales Qualified Lead", "customer");
        assertThat(texts(page, "//dl[" + cls("glossary") + "]/dd")).contains(
                "A lead whose engagement shows enough interest to be called. Criterion: lifecycle = lead and score >= 50",
                "Not in the glossary yet.");
    }

    @Test
    void anotherRoleGetsOnlyItsOwnSteps() {
        Document page = handbook("account-executive");

        assertThat(texts(page, "//div[" + cls("process") + "]/h2")).containsExactly("Lead Management");
        assertThat(texts(page, "//div[" + cls("step") + "]/h3")).containsExactly("7. Hold the discovery meeting", "8. Handed over to sales");
        assertThat(texts(step(page, "lead-management-step-7"), "p[" + cls("line") + "]")).startsWith(
                "Comes from: Baton, step 6: Open a deal in the pipeline");
        assertThat(texts(page, "//dl[" + cls("glossary") + "]/dt")).containsExactly("Lead", "Marketing Qualified Lead",
                "Sales Qualified Lead");
    }

    @Test
    void aRoleWithoutStepsGetsAShortHandbookThatSaysSo() {
        Document page = handbook("executive");

        assertThat(text(one(page, "//h1"))).isEqualTo("executive");
        assertThat(all(page, "//div[" + cls("step") + "]")).isEmpty();
        assertThat(texts(page, "//p")).contains("This role performs no step in a published process.");
        assertThat(rows(page, "//div[@id='stakes']//tbody/tr")).containsExactly("Lead Management | I | informed | no");
        assertThat(all(page, "//dl")).isEmpty();
    }
}
