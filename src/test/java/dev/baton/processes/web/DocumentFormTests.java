package dev.baton.processes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;

/** The editor's form: what the browser posts becomes the document, and a document becomes the form without loss. */
class DocumentFormTests {

    private static ProcessVersion draft(ProcessDocument body) {
        return new ProcessVersion(UUID.randomUUID(), body.key(), null, "draft", "First draft", null, null, 0, 3, Instant.EPOCH,
                Instant.EPOCH, null, body);
    }

    @Test
    void everyDemoDocumentBecomesTheFormAndBackUnchanged() {
        for (String key : List.of("revenue", "demand-generation", "lead-management", "sales", "order-fulfilment", "billing", "support")) {
            ProcessDocument document = Samples.document(key);
            DocumentForm form = DocumentForm.of(draft(document));
            assertThat(form.document()).as(key).isEqualTo(document);
            assertThat(form.rowVersion()).isEqualTo(3);
        }
    }

    @Test
    void theFieldsABrowserPostsAreBoundByIndexIntoTheDocument() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/processes/follow-up/edit/preview");
        request.addParameter("key", "follow-up");
        request.addParameter("name", "  Follow-up call ");
        request.addParameter("level", "L3");
        request.addParameter("parent", "");
        request.addParameter("glossary", "mql, sql");
        request.addParameter("rowVersion", "4");
        request.addParameter("lanes[0].key", "sdr");
        request.addParameter("lanes[0].name", "SDR");
        request.addParameter("lanes[0].kind", "role");
        request.addParameter("lanes[1].key", "");
        request.addParameter("lanes[1].name", "");
        request.addParameter("lanes[1].kind", "role");
        request.addParameter("stakeholders[0].role", "sdr");
        request.addParameter("stakeholders[0].raci", "A");
        request.addParameter("steps[0].key", "asked");
        request.addParameter("steps[0].type", "trigger");
        request.addParameter("steps[0].lane", "sdr");
        request.addParameter("steps[0].event", "manual");
        request.addParameter("steps[1].key", "call");
        request.addParameter("steps[1].type", "task");
        request.addParameter("steps[1].instructions", "Call them.\r\nWrite it down.");
        request.addParameter("steps[1].reads", "person.phone, person.owner");
        request.addParameter("steps[2].key", "fit");
        request.addParameter("steps[2].type", "gate");
        request.addParameter("steps[2].branches[0].term", "sql");
        request.addParameter("steps[2].branches[0].to", "won");
        request.addParameter("steps[2].branches[1].label", "");
        request.addParameter("steps[2].branches[1].otherwise", "true");
        request.addParameter("steps[2].branches[1].to", "lost");
        request.addParameter("steps[3].key", "mail");
        request.addParameter("steps[3].type", "action");
        request.addParameter("steps[3].action", "email");
        request.addParameter("steps[3].with", "template: welcome\r\n\r\nfrom:  sales ");

        ServletRequestDataBinder binder = new ServletRequestDataBinder(null);
        binder.setTargetType(ResolvableType.forClass(DocumentForm.class));
        binder.construct(request);
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        DocumentForm form = (DocumentForm) binder.getTarget();
        ProcessDocument document = form.document();

        assertThat(form.rowVersion()).isEqualTo(4);
        assertThat(document.name()).isEqualTo("Follow-up call");
        assertThat(document.parent()).isNull();
        assertThat(document.glossary()).containsExactly("mql", "sql");
        assertThat(document.lanes()).hasSize(1);
        assertThat(document.stakeholders().getFirst().raci()).isEqualTo("A");
        assertThat(document.steps()).extracting(Step::key).containsExactly("asked", "call", "fit", "mail");
        assertThat(document.steps().get(0).event()).isEqualTo("manual");
        assertThat(document.steps().get(1).instructions()).isEqualTo("Call them.\nWrite it down.");
        assertThat(document.steps().get(1).reads()).containsExactly("person.phone", "person.owner");
        assertThat(document.steps().get(2).branches()).containsExactly(Branch.onTerm("sql", "won"), Branch.otherwise("lost"));
        assertThat(document.steps().get(3).with()).isEqualTo(Map.of("template", "welcome", "from", "sales"));
    }

    @Test
    void theButtonsAddMoveAndRemoveStepsLanesAndBranches() {
        DocumentForm form = new DocumentForm("call", "Call", "L3", null, "sdr", "workflow", null, null, "Draft", 1L,
                List.of(new DocumentForm.LaneForm("sdr", "SDR", "role")), List.of(), List.of());

        form = FormEdit.apply(form, "add-step");
        form = FormEdit.apply(form, "add-step");
        assertThat(form.steps()).extracting(StepForm::key).containsExactly("step-1", "step-2");
        assertThat(form.steps()).extracting(StepForm::type).containsExactly("trigger", "task");
        assertThat(form.steps()).extracting(StepForm::lane).containsOnly("sdr");

        form = FormEdit.apply(form, "down:0");
        assertThat(form.stepKeys()).containsExactly("step-2", "step-1");
        form = FormEdit.apply(form, "up:1");
        assertThat(form.stepKeys()).containsExactly("step-1", "step-2");
        assertThat(FormEdit.apply(form, "up:0").stepKeys()).containsExactly("step-1", "step-2");

        form = FormEdit.apply(form, "add-step");
        assertThat(form.stepKeys()).containsExactly("step-1", "step-2", "step-3");
        form = FormEdit.apply(form, "remove-step:1");
        form = FormEdit.apply(form, "add-step");
        assertThat(form.stepKeys()).containsExactly("step-1", "step-3", "step-4");

        form = FormEdit.apply(form, "add-branch:1");
        form = FormEdit.apply(form, "add-branch:1");
        form = FormEdit.apply(form, "remove-branch:1:0");
        assertThat(form.steps().get(1).branches()).hasSize(1);

        form = FormEdit.apply(FormEdit.apply(form, "add-lane"), "add-stakeholder");
        assertThat(form.lanes()).hasSize(2);
        assertThat(form.stakeholders()).hasSize(1);
        assertThat(FormEdit.apply(form, "remove-lane:1").lanes()).hasSize(1);

        DocumentForm last = form;
        assertThatThrownBy(() -> FormEdit.apply(last, "remove-step:9")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0 to 2");
        assertThatThrownBy(() -> FormEdit.apply(last, "explode")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStepShowsTheFieldsOfItsTypeAndAnyOtherThatHoldsSomething() {
        StepForm task = StepForm.of(Step.task("call", "sdr", "Call", null, null));
        assertThat(task.shows("instructions")).isTrue();
        assertThat(task.shows("outcome")).isFalse();
        assertThat(task.shows("next")).isTrue();
        StepForm exitWithSla = StepForm.of(Step.exit("done", "sdr", "Done", "won").withSla("1 day"));
        assertThat(exitWithSla.shows("outcome")).isTrue();
        assertThat(exitWithSla.shows("sla")).isTrue();
        assertThat(exitWithSla.shows("next")).isFalse();
        assertThat(exitWithSla.shows("instructions")).isFalse();
    }
}
