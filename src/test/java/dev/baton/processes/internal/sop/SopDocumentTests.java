package dev.baton.processes.internal.sop;

import static dev.baton.processes.internal.sop.Xhtml.all;
import static dev.baton.processes.internal.sop.Xhtml.cls;
import static dev.baton.processes.internal.sop.Xhtml.one;
import static dev.baton.processes.internal.sop.Xhtml.rows;
import static dev.baton.processes.internal.sop.Xhtml.text;
import static dev.baton.processes.internal.sop.Xhtml.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SopDocumentTests {

    private final SopWriter writer = new SopWriter();

    private Document leadManagement() {
        return Xhtml.parse(writer.document(SopFixtures.leadManagement(), SopFixtures.context()));
    }

    private static Element step(Document page, int number) {
        return one(page, "//div[" + cls("step") + " and @id='step-" + number + "']");
    }

    @Test
    void opensWithTheTitlePurposeAndPlaceOfTheDocument() {
        Document page = leadManagement();

        assertThat(text(one(page, "//h1"))).isEqualTo("Lead Management");
        assertThat(text(one(page, "//title"))).isEqualTo("Lead Management - standard operating procedure");
        assertThat(text(one(page, "//p[" + cls("purpose") + "]"))).startsWith("Every new lead is looked at within a business day");
        assertThat(rows(page, "//table[" + cls("facts") + "]//tr")).containsExactly("Level | L2", "Part of | Revenue",
                "Owner | Marketing Manager", "Runs as | a workflow, once for each record");
        assertThat(one(page, "//table[" + cls("facts") + "]//a").getAttribute("href")).isEqualTo("/processes/revenue/sop");
    }

    @Test
    void namesTheStakeholdersWithTheirRaciAndWhoTakesPart() {
        Document page = leadManagement();

        assertThat(rows(page, "//div[@id='stakeholders']//tbody/tr")).containsExactly(
                "Marketing Manager | A | accountable | yes", "Sales Manager | R | responsible | yes",
                "Sales Development Rep | C | consulted | no", "executive | I | informed | no");
        assertThat(texts(page, "//div[@id='lanes']//tbody/tr/td[1]")).containsExactly("Customer", "Baton", "SDR", "Account Executive");
        assertThat(rows(page, "//div[@id='lanes']//tbody/tr[3]")).containsExactly(
                "SDR | role | Calls new leads, qualifies them and books meetings for the account executives.");
    }

    @Test
    void writesTheStepsNumberedInFlowOrderFromTheTrigger() {
        Document page = leadManagement();

        assertThat(texts(page, "//div[" + cls("step") + "]/h3")).containsExactly(
                "1. Someone becomes a lead",
                "2. Give the lead an owner",
                "3. Marketing qualified?",
                "4. Call the lead and qualify them",
                "5. Sales qualified?",
                "6. Open a deal in the pipeline",
                "7. Hold the discovery meeting",
                "8. Handed over to sales",
                "9. Put the lead into the nurture sequence",
                "10. Back to marketing");
        assertThat(texts(step(page, 1), "p[" + cls("line") + "]")).contains("Starts when: the lifecycle stage changes to lead",
                "Then: go to step 2 (hand over to Baton)");
        assertThat(texts(step(page, 2), "p[" + cls("line") + "]")).contains("Baton does this: Assign an owner (role: Account Executive)");
    }

    @Test
    void aTaskCarriesItsInstructionsSlaTemplateAndFields() {
        Element call = step(leadManagement(), 4);

        assertThat(text(one(call, "p[" + cls("who") + "]"))).isEqualTo("SDR, task");
        assertThat(texts(call, "p[" + cls("line") + "]")).containsExactly(
                "Instructions: Call within one business day. Ask about budget, authority, need and timeline, and write them down with "
                        + "the Discovery call note template. Set the lifecycle stage to SQL when all four are known and the need fits.",
                "SLA: within 1 business day",
                "Use the template: Discovery call (note template)",
                "Read: person.phone, person.owner, person.custom.interest",
                "Fill in: person.lifecycle");
        assertThat(texts(step(leadManagement(), 7), "p[" + cls("line") + "]")).contains("SLA: within 3 business days");
    }

    @Test
    void aGateSendsEachBranchToAStepByNumber() {
        Document page = leadManagement();

        assertThat(texts(step(page, 3), "p[" + cls("line") + "]")).containsExactly(
                "If MQL: go to step 4 (meets the glossary term Marketing Qualified Lead; hand over to SDR)",
                "Otherwise (not yet): go to step 9");
        assertThat(texts(step(page, 5), "p[" + cls("line") + "]")).containsExactly(
                "If SQL: go to step 6 (meets the glossary term Sales Qualified Lead; hand over to Baton)",
                "Otherwise (not qualified): go to step 9 (hand over to Baton)");
        // The links lead to the steps they name.
        for (Element link : all(step(page, 3), ".//a")) {
            String target = link.getAttribute("href").substring(1);
            assertThat(text(one(page, "//div[@id='" + target + "']/h3"))).startsWith(text(link).replace("go to step ", "") + ". ");
        }
    }

    @Test
    void listsTheExitsWithTheirOutcomes() {
        assertThat(texts(leadManagement(), "//ul[" + cls("exits") + "]/li")).containsExactly(
                "Step 8: Handed over to sales (completed)", "Step 10: Back to marketing (recycled)");
    }

    @Test
    void endsWithTheGlossaryTermsTheDocumentUses() {
        Document page = leadManagement();

        assertThat(texts(page, "//dl[" + cls("glossary") + "]/dt")).containsExactly("Lead", "Marketing Qualified Lead",
                "Sales Qualified Lead");
        assertThat(texts(page, "//dl[" + cls("glossary") + "]/dd")).containsExactly(
                "Someone who has shown interest in buying and whom sales has not yet looked at. Criterion: lifecycle = lead",
                "A lead whose engagement shows enough interest to be called. Criterion: lifecycle = lead and score >= 50",
                "A lead an SDR has qualified: budget, authority, need and timeline are known. Criterion: lifecycle = sql");
    }

    @Test
    void aJoinComesAfterAllItsBranchesAndWaitsSubprocessesAndLoopsAreWrittenOut() {
        ProcessDocument doc = new ProcessDocument("fulfil", "Fulfil an order", "L2", null, "order-desk", "workflow", null, null, null,
                List.of(new Lane("order-desk", "Order Desk", Lane.ROLE), new Lane("system", "Baton", Lane.SYSTEM)), null);
        // Parallel branches are set on the split, which Step offers no shortcut for.
        List<Step> steps = List.of(Step.trigger("order", "order-desk", "An order comes in", "deal_stage_changed", "won"),
                new Step("split", Step.PARALLEL, "system", "Both at once", null, null, null, null, null, null, null, null, null, null,
                        List.of(Branch.to("ship"), Branch.to("invoice")), null, null, null, null, null),
                Step.of("ship", Step.SUBPROCESS, "order-desk", "Ship the goods").withProcess("shipping").withNext("joined"),
                Step.action("invoice", "system", "Send the invoice", "email", Map.of("template", "invoice")),
                Step.of("joined", Step.JOIN, "system", "Both done"),
                Step.waitFor("cool-off", "system", "Cooling-off period", "P14D"),
                Step.task("check", "order-desk", "Check the payment", "See that the invoice is paid.", "PT4H"),
                Step.gate("paid", "order-desk", "Paid?", List.of(Branch.when("invoice.paid = true", "done"),
                        new Branch("not yet", null, null, true, "cool-off"))),
                Step.exit("done", "order-desk", "Order complete", "won"));
        SopContext ctx = new SopContext(null, null, Map.of("invoice", new SopContext.EmailTemplate("invoice", "Invoice", "Your invoice")),
                null, Map.of("shipping", "Shipping"), "/processes/{key}/sop");

        Document page = Xhtml.parse(writer.document(doc.withSteps(steps), ctx));

        assertThat(texts(page, "//div[" + cls("step") + "]/h3")).containsExactly("1. An order comes in", "2. Both at once",
                "3. Ship the goods", "4. Send the invoice", "5. Both done", "6. Cooling-off period", "7. Check the payment", "8. Paid?",
                "9. Order complete");
        assertThat(texts(step(page, 1), "p[" + cls("line") + "]")).contains("Starts when: a deal moves to the stage won");
        assertThat(texts(step(page, 2), "p[" + cls("line") + "]")).containsExactly("At the same time: go to step 3 (hand over to Order Desk)",
                "At the same time: go to step 4");
        assertThat(texts(step(page, 3), "p[" + cls("line") + "]")).containsExactly("Follow the procedure: Shipping",
                "Then: go to step 5 (hand over to Baton)");
        assertThat(one(step(page, 3), "p[" + cls("line") + "][1]/a").getAttribute("href")).isEqualTo("/processes/shipping/sop");
        assertThat(texts(step(page, 4), "p[" + cls("line") + "]")).contains(
                "Baton does this: Send an email (template: Invoice (email template, subject \u201cYour invoice\u201d))");
        assertThat(texts(step(page, 5), "p[" + cls("line") + "]")).contains("Wait: until every branch that leads here is done");
        assertThat(texts(step(page, 6), "p[" + cls("line") + "]")).contains("Wait: 14 days");
        assertThat(texts(step(page, 7), "p[" + cls("line") + "]")).contains("SLA: within 4 hours");
        assertThat(texts(step(page, 8), "p[" + cls("line") + "]")).containsExactly(
                "If invoice.paid = true: go to step 9", "Otherwise (not yet): go to step 6 (hand over to Baton)");
        assertThat(texts(step(page, 9), "p[" + cls("line") + "]")).containsExactly("Outcome: won");
    }

    @Test
    void escapesWhatPeopleTypeAndStaysWellFormed() {
        String name = "R&D <Leads> \"fast\"";
        String instructions = "Type <b>bold</b> & <script>alert('x')</script>";
        ProcessDocument doc = new ProcessDocument("rd", name, "L4", "<parent>", "owner&co", "workflow", "Purpose <i>&</i>",
                List.of("t<1>"), List.of(new Stakeholder("a<b>", "R")), List.of(new Lane("x&y", "X & <Y>", Lane.ROLE)),
                List.of(Step.trigger("go", "x&y", "Go <now>", "manual", null),
                        Step.task("do", "x&y", "Do & <done>", instructions, "1 day").withTemplate("<tpl>")
                                .withFields(List.of("custom.<a>&b"), List.of()),
                        Step.gate("g", "x&y", "Check <it>", List.of(Branch.onTerm("t<1>", "end"), Branch.otherwise("do"))),
                        Step.exit("end", "x&y", "End & </body>", "completed")));
        SopContext ctx = new SopContext(Map.of("t<1>", new SopContext.Term("t<1>", "T <one> & two", "Means <&>", "a < b & c > d")),
                null, null, null, null, "/p/{key}?a=1&b=2");

        String html = writer.document(doc, ctx);
        Document page = Xhtml.parse(html);

        assertThat(html).doesNotContain("<b>bold").doesNotContain("<script").doesNotContain("<Leads>").doesNotContain("</body>\"");
        assertThat(text(one(page, "//h1"))).isEqualTo(name);
        assertThat(texts(page, "//div[" + cls("step") + "]/h3")).containsExactly("1. Go <now>", "2. Do & <done>", "3. Check <it>",
                "4. End & </body>");
        assertThat(texts(step(page, 2), "p[" + cls("line") + "]")).contains("Instructions: " + instructions, "Use the template: <tpl>",
                "Read: custom.<a>&b");
        assertThat(texts(step(page, 3), "p[" + cls("line") + "]")).contains("If T <one> & two: go to step 4");
        assertThat(texts(page, "//dl[" + cls("glossary") + "]/dd")).containsExactly("Means <&> Criterion: a < b & c > d");
        assertThat(one(page, "//table[" + cls("facts") + "]//a").getAttribute("href")).isEqualTo("/p/%3Cparent%3E?a=1&b=2");
        assertThat(all(page, "//script")).isEmpty();
    }
}
