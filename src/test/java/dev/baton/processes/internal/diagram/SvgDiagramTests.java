package dev.baton.processes.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;
import dev.baton.processes.internal.Layout;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgDiagramTests {

    private final ProcessDocument leads = Samples.document("lead-management");

    @Test
    void lanesAreRowsInTheDocumentsOrderWithTheirNames() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));

        List<Element> lanes = svg.all("//g[@data-lane]");
        assertThat(lanes).extracting(g -> g.getAttribute("data-lane")).containsExactly("customer", "system", "sdr", "account-executive");
        assertThat(lanes).extracting(Svg::text).containsExactly("Customer customer", "Baton system", "SDR role", "Account Executive role");
        assertThat(lanes).extracting(g -> Double.parseDouble(Svg.shape(g).getAttribute("y"))).isSorted().doesNotHaveDuplicates();
        // The kinds of lane (customer, system, role) are told apart by their header's tint; two roles look alike.
        List<String> tints = lanes.stream().map(g -> Svg.shape(g).getAttribute("fill")).toList();
        assertThat(tints.subList(0, 3)).doesNotHaveDuplicates();
        assertThat(tints.get(3)).isEqualTo(tints.get(2));
    }

    @Test
    void everyStepIsDrawnOnceWithItsNameAndATooltip() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));

        assertThat(svg.all("//g[@data-step]")).hasSize(leads.steps().size());
        for (Step step : leads.steps()) {
            Element group = svg.step(step.key());
            assertThat(Svg.text(group)).as(step.key()).startsWith(step.name());
            assertThat(Svg.all(group, "title")).singleElement().satisfies(title -> assertThat(title.getTextContent()).startsWith(step.name()));
        }
        assertThat(Svg.text(svg.step("handed-over"))).isEqualTo("Handed over to sales completed");
        assertThat(Svg.text(svg.step("recycled"))).isEqualTo("Back to marketing recycled");
    }

    @Test
    void stepsHaveTheirBpmnShapes() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));

        Element start = Svg.shape(svg.step("became-lead"));
        assertThat(start.getTagName()).isEqualTo("circle");
        assertThat(Double.parseDouble(start.getAttribute("stroke-width"))).isLessThan(2);
        for (String exit : List.of("handed-over", "recycled")) {
            Element end = Svg.shape(svg.step(exit));
            assertThat(end.getTagName()).isEqualTo("circle");
            assertThat(Double.parseDouble(end.getAttribute("stroke-width"))).as(exit).isGreaterThanOrEqualTo(3);
        }
        for (String gate : List.of("mql-gate", "sql-gate")) {
            Element diamond = Svg.shape(svg.step(gate));
            assertThat(diamond.getTagName()).isEqualTo("polygon");
            assertThat(diamond.getAttribute("points").split(" ")).hasSize(4);
            assertThat(Svg.all(svg.step(gate), "polyline")).as("the X").hasSize(2);
        }
        Element task = Svg.shape(svg.step("qualify-call"));
        assertThat(task.getTagName()).isEqualTo("rect");
        assertThat(task.getAttribute("rx")).isNotEmpty();
        assertThat(svg.all("//g[@data-step]")).extracting(g -> g.getAttribute("data-step") + "=" + g.getAttribute("data-shape"))
                .containsExactly("became-lead=start-event", "assign-owner=service-task", "mql-gate=exclusive-gateway",
                        "qualify-call=user-task", "sql-gate=exclusive-gateway", "create-deal=service-task",
                        "discovery-meeting=user-task", "handed-over=end-event", "nurture=service-task", "recycled=end-event");
    }

    @Test
    void aLaterTriggerIsAGoalAWaitATimerWithItsDurationAndSplitsAreParallelGateways() {
        ProcessDocument document = OddDocuments.of(Step.trigger("in", "team", "Form sent", "form_submitted", "contact"),
                Step.waitFor("pause", "baton", "Let it sink in", "2 days"), Step.of("split", Step.PARALLEL, "team", "Both at once"),
                Step.trigger("goal", "team", "Booked a call", "goal", "booked"), Step.of("join", Step.JOIN, "team", "Both done"));
        Svg svg = Svg.parse(SvgDiagram.render(document));

        assertThat(svg.step("in").getAttribute("data-shape")).isEqualTo("start-event");
        assertThat(svg.step("goal").getAttribute("data-shape")).isEqualTo("goal-event");
        assertThat(Svg.all(svg.step("goal"), "circle")).as("double ring").hasSize(2);
        assertThat(svg.step("pause").getAttribute("data-shape")).isEqualTo("timer-event");
        assertThat(Svg.text(svg.step("pause"))).isEqualTo("Let it sink in 2 days");
        assertThat(svg.step("split").getAttribute("data-shape")).isEqualTo("parallel-gateway");
        assertThat(svg.step("join").getAttribute("data-shape")).isEqualTo("parallel-gateway");
    }

    @Test
    void stepsRunLeftToRightAlongTheFlow() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));

        List<Element> flows = svg.all("//g[@data-from]");
        assertThat(flows).hasSize(10);
        for (Element flow : flows) {
            String from = flow.getAttribute("data-from");
            String to = flow.getAttribute("data-to");
            assertThat(Svg.centreX(svg.step(from))).as(from + " -> " + to).isLessThan(Svg.centreX(svg.step(to)));
        }
    }

    @Test
    void handOffsBetweenLanesAreDashedAndExplainedInTheLegend() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));

        Element handoff = svg.one("//g[@data-from='mql-gate' and @data-to='qualify-call']");
        assertThat(handoff.getAttribute("data-handoff")).isEqualTo("true");
        assertThat(Svg.all(handoff, "polyline").get(0).getAttribute("stroke-dasharray")).isNotEmpty();
        Element within = svg.one("//g[@data-from='assign-owner' and @data-to='mql-gate']");
        assertThat(within.getAttribute("data-handoff")).isEqualTo("false");
        assertThat(Svg.all(within, "polyline").get(0).getAttribute("stroke-dasharray")).isEmpty();
        assertThat(Svg.text(svg.one("//g[@data-legend]"))).contains("Hand-off to another lane");
    }

    @Test
    void branchesCarryTheirLabelsOnTheirOwnLine() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));

        assertThat(Svg.text(svg.one("//g[@data-from='mql-gate' and @data-to='qualify-call']"))).isEqualTo("MQL");
        assertThat(Svg.text(svg.one("//g[@data-from='mql-gate' and @data-to='nurture']"))).isEqualTo("not yet");
        assertThat(Svg.text(svg.one("//g[@data-from='sql-gate' and @data-to='create-deal']"))).isEqualTo("SQL");
        assertThat(Svg.text(svg.one("//g[@data-from='sql-gate' and @data-to='nurture']"))).isEqualTo("not qualified");
        // Each branch leaves the gate from its own corner, so that the labels do not sit on top of each other.
        assertThat(svg.all("//g[@data-from='mql-gate']//polyline")).extracting(p -> p.getAttribute("points").split(" ")[0])
                .doesNotHaveDuplicates();
    }

    @Test
    void loopsBackToAnEarlierStepAreDrawn() {
        ProcessDocument document = OddDocuments.of(Step.task("draft", "team", "Write the draft", null, null),
                Step.gate("ok", "baton", "Good enough?", List.of(Branch.onTerm("approved", "done"), Branch.otherwise("draft"))),
                Step.exit("done", "team", "Published", "completed"));
        Svg svg = Svg.parse(SvgDiagram.render(document));

        Element loop = svg.one("//g[@data-from='ok' and @data-to='draft']");
        assertThat(loop.getAttribute("data-loop")).isEqualTo("true");
        assertThat(Svg.all(loop, "polyline").get(0).getAttribute("points").split(" ")).hasSizeGreaterThan(2);
        assertThat(Svg.text(loop)).isEqualTo("else");
        assertThat(Svg.text(svg.one("//g[@data-legend]"))).contains("Back to an earlier step");
    }

    @Test
    void aSubprocessLinksToItsProcess() {
        ProcessDocument document = OddDocuments.of(Step.of("onboard", Step.SUBPROCESS, "team", "Onboard the customer")
                .withProcess("customer onboarding"), Step.exit("done", "team", "Done", "completed"));
        Svg svg = Svg.parse(SvgDiagram.render(document));

        Element link = svg.one("//a[g[@data-step='onboard']]");
        assertThat(link.getAttribute("href")).isEqualTo("/processes/customer%20onboarding");
        assertThat(svg.step("onboard").getAttribute("data-shape")).isEqualTo("subprocess");
        assertThat(Svg.all(svg.step("onboard"), "rect")).as("the box and its [+]").hasSize(2);
        assertThat(svg.all("//a")).hasSize(1);
    }

    @Test
    void namesAndKeysAreEscaped() {
        ProcessDocument document = OddDocuments.of(List.of(new Lane("l<1>", "R&D <team>", Lane.ROLE)),
                Step.task("a<b&c\"d'", "l<1>", "Call <Tom & \"Jerry\">", "Use <script>alert(1)</script> & <b>care</b>", null));
        String markup = SvgDiagram.render(document);
        Svg svg = Svg.parse(markup);

        assertThat(markup).doesNotContain("<script>", "<b>");
        Element step = svg.step("a<b&c\"d'");
        assertThat(Svg.text(step)).isEqualTo("Call <Tom & \"Jerry\">");
        assertThat(Svg.all(step, "title").get(0).getTextContent()).contains("Use <script>alert(1)</script> & <b>care</b>");
        assertThat(Svg.text(svg.one("//g[@data-lane='l<1>']"))).isEqualTo("R&D <team> role");
    }

    @Test
    void flaggedStepsAreOutlinedInRed() {
        Svg svg = Svg.parse(SvgDiagram.render(leads, Set.of("qualify-call", "mql-gate", "not-a-step")));

        assertThat(svg.all("//g[@data-flagged='true']")).extracting(g -> g.getAttribute("data-step"))
                .containsExactlyInAnyOrder("qualify-call", "mql-gate");
        assertThat(Svg.shape(svg.step("qualify-call")).getAttribute("stroke")).isEqualTo(Palette.FLAGGED);
        assertThat(Svg.shape(svg.step("mql-gate")).getAttribute("stroke")).isEqualTo(Palette.FLAGGED);
        assertThat(Svg.shape(svg.step("sql-gate")).getAttribute("stroke")).isNotEqualTo(Palette.FLAGGED);
        assertThat(Svg.text(svg.one("//g[@data-legend]"))).contains("Needs attention");
        assertThat(Svg.text(Svg.parse(SvgDiagram.render(leads)).one("//g[@data-legend]"))).doesNotContain("Needs attention");
    }

    @Test
    void theSvgStandsAloneInAPageBesideOtherDiagrams() {
        Svg svg = Svg.parse(SvgDiagram.render(leads));
        Element root = svg.root();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        assertThat(svg.all("//style | //image | //use | //script | //foreignObject")).isEmpty();
        List<String> ids = svg.all("//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("diagram-lead-management"));
        String other = SvgDiagram.render(OddDocuments.of(Step.task("a", "team", "A", null, null)));
        assertThat(Svg.parse(other).all("//*[@id]")).extracting(e -> e.getAttribute("id")).doesNotContainAnyElementsOf(ids);
        assertThat(Svg.parse(SvgDiagram.render(leads, Set.of(), "Left Version!")).root().getAttribute("id")).isEqualTo("left-version-");
    }

    @Test
    void aDocumentWithoutStepsSaysSo() {
        Svg svg = Svg.parse(SvgDiagram.render(OddDocuments.of()));

        assertThat(svg.all("//g[@data-lane]")).hasSize(2);
        assertThat(Svg.text(svg.root())).contains("No steps yet");
    }

    @Test
    void halfWrittenAndWrongDocumentsStillDraw() {
        for (ProcessDocument document : OddDocuments.halfWritten()) {
            assertThatCode(() -> Svg.parse(SvgDiagram.render(document, Set.of("a")))).as(String.valueOf(document)).doesNotThrowAnyException();
        }
        assertThatCode(() -> Svg.parse(SvgDiagram.render(null, null))).doesNotThrowAnyException();
        for (ProcessDocument document : OddDocuments.random(300, 7)) {
            assertThatCode(() -> Svg.parse(SvgDiagram.render(document))).as(String.valueOf(document)).doesNotThrowAnyException();
        }
    }

    @Test
    void longNamesAreCutWithAnEllipsisAndStepsWithoutALaneGetARow() {
        ProcessDocument document = OddDocuments.of(List.of(new Lane("team", "Team", Lane.ROLE)),
                Step.task("long", "team", "Phone the customer, listen to what they need, write it all down, then agree on a date "
                        + "for the next call and send them a summary", null, null), Step.exit("end", null, "Done", "won"));
        Svg svg = Svg.parse(SvgDiagram.render(document));

        List<Element> lines = Svg.all(svg.step("long"), ".//text");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2).getTextContent()).endsWith("\u2026");
        assertThat(svg.all("//g[@data-lane]")).extracting(Svg::text).containsExactly("Team role", "(no lane)");
    }

    @Test
    void theLegendExplainsOnlyWhatTheDiagramShowsAndStaysInsideIt() {
        Svg lone = Svg.parse(SvgDiagram.render(OddDocuments.of(Step.task("a", "team", "Alone", null, null))));
        assertThat(Svg.text(lone.one("//g[@data-legend]"))).isEmpty();

        Svg narrow = Svg.parse(SvgDiagram.render(OddDocuments.of(Step.of("self", Step.TASK, "team", "Again").withNext("self")),
                Set.of("self")));
        double width = Double.parseDouble(narrow.root().getAttribute("width"));
        List<Element> entries = Svg.all(narrow.one("//g[@data-legend]"), ".//text");
        assertThat(entries).isNotEmpty().allSatisfy(text -> assertThat(
                Double.parseDouble(text.getAttribute("x")) + Double.parseDouble(text.getAttribute("textLength"))).isLessThan(width));
        assertThat(Svg.text(narrow.one("//g[@data-legend]"))).startsWith("Back to an earlier step").doesNotContain("Hand-off");
    }

    @Test
    void namesUnderShapesStayInsideTheirLane() {
        String longName = "A name far too long to be written under a small shape in two or three lines of text, however small the type";
        ProcessDocument document = OddDocuments.of(Step.trigger("start", "team", longName, "manual", null),
                Step.gate("gate", "team", longName, List.of(Branch.to("wait"), Branch.otherwise("end"))),
                Step.waitFor("wait", "baton", longName, "3 days"), Step.exit("end", "baton", longName, "disqualified"));
        Svg svg = Svg.parse(SvgDiagram.render(document));

        for (String key : List.of("start", "gate", "wait", "end")) {
            Element step = svg.step(key);
            double laneBottom = key.equals("start") || key.equals("gate") ? Layout.ROW : 2 * Layout.ROW;
            assertThat(Svg.all(step, ".//text")).as(key).isNotEmpty()
                    .allSatisfy(text -> assertThat(Double.parseDouble(text.getAttribute("y"))).isLessThan(laneBottom - 2));
            assertThat(Svg.text(step)).as(key).contains(TextFit.ELLIPSIS);
        }
        assertThat(Svg.text(svg.step("wait"))).endsWith("3 days");
        assertThat(Svg.text(svg.step("end"))).endsWith("disqualified");
    }
}
