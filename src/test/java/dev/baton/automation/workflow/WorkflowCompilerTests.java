package dev.baton.automation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.Test;

import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;

/** What a process document becomes for the engine: the demo's workflows compile, validate and survive the XML round trip. */
class WorkflowCompilerTests {

    static final List<String> DEMO_WORKFLOWS = List.of("revenue", "lead-management", "sales", "order-fulfilment", "billing", "support");

    @Test
    void everyDemoWorkflowIsAValidExecutableModelThatSurvivesTheXmlRoundTrip() {
        for (String key : DEMO_WORKFLOWS) {
            ProcessDocument document = Samples.document(key);
            assertThat(document.kind()).isEqualTo("workflow");
            BpmnModel model = WorkflowCompiler.compile(document);

            List<ValidationError> errors = new ProcessValidatorFactory().createDefaultProcessValidator().validate(model).stream()
                    .filter(e -> !e.isWarning()).toList();
            assertThat(errors).as(key).isEmpty();

            Process process = roundTrip(model).getMainProcess();
            assertThat(process.getId()).isEqualTo(key);
            assertThat(process.isExecutable()).isTrue();
            for (Step step : document.steps()) {
                assertThat(process.getFlowElement(step.key())).as(key + " " + step.key()).isNotNull();
            }
        }
    }

    @Test
    void leadManagementRunsAsItIsWritten() {
        Process process = WorkflowCompiler.compile(Samples.document("lead-management")).getMainProcess();

        assertThat(process.getFlowElement("became-lead")).isInstanceOf(StartEvent.class);
        ServiceTask owner = (ServiceTask) process.getFlowElement("assign-owner");
        assertThat(owner.getImplementation()).isEqualTo("${workflowActions}");
        assertThat(owner.isAsynchronous()).isTrue();
        assertThat(owner.getFieldExtensions()).extracting(FieldExtension::getFieldName, FieldExtension::getStringValue)
                .contains(org.assertj.core.groups.Tuple.tuple("action", "assign_owner"),
                        org.assertj.core.groups.Tuple.tuple("with.role", "account-executive"));

        ExclusiveGateway mql = (ExclusiveGateway) process.getFlowElement("mql-gate");
        assertThat(mql.isAsynchronous()).isTrue();
        SequenceFlow toCall = flow(process, "mql-gate", "qualify-call");
        SequenceFlow toNurture = flow(process, "mql-gate", "nurture");
        assertThat(toCall.getConditionExpression()).isEqualTo("${workflowGates.term(execution, 'mql')}");
        assertThat(toCall.getName()).isEqualTo("MQL");
        assertThat(mql.getDefaultFlow()).isEqualTo(toNurture.getId());
        assertThat(toNurture.getConditionExpression()).isNull();

        UserTask call = (UserTask) process.getFlowElement("qualify-call");
        assertThat(call.getCandidateGroups()).containsExactly("sdr");
        assertThat(call.getDueDate()).isEqualTo("${workflowTime.after(execution, '1 business day')}");
        assertThat(call.getDocumentation()).startsWith("Call within one business day.");
        assertThat(call.getTaskListeners()).extracting(l -> l.getEvent() + " " + l.getImplementation())
                .containsExactly("create ${workflowTasks}", "delete ${workflowTasks}");
        BoundaryEvent sla = (BoundaryEvent) process.getFlowElement("qualify-call-sla");
        assertThat(sla.getAttachedToRefId()).isEqualTo("qualify-call");
        assertThat(sla.isCancelActivity()).as("the task stays open when its SLA passes").isFalse();
        assertThat(((TimerEventDefinition) sla.getEventDefinitions().get(0)).getTimeDate())
                .isEqualTo("${workflowTime.after(execution, '1 business day')}");
        ServiceTask escalate = (ServiceTask) process.getFlowElement("qualify-call-escalate");
        assertThat(escalate.getImplementation()).isEqualTo("${workflowEscalation}");
        assertThat(escalate.getFieldExtensions()).extracting(FieldExtension::getFieldName, FieldExtension::getStringValue)
                .contains(org.assertj.core.groups.Tuple.tuple("role", "sdr"), org.assertj.core.groups.Tuple.tuple("sla", "1 business day"));
        assertThat(flow(process, "qualify-call-sla", "qualify-call-escalate")).isNotNull();

        assertThat(((UserTask) process.getFlowElement("discovery-meeting")).getCandidateGroups()).containsExactly("account-executive");
        assertThat(flow(process, "create-deal", "discovery-meeting")).isNotNull();
        assertThat(flow(process, "nurture", "recycled")).isNotNull();
        EndEvent recycled = (EndEvent) process.getFlowElement("recycled");
        assertThat(recycled.getExecutionListeners().get(0).getImplementation()).isEqualTo("${execution.setVariable('outcome', 'recycled')}");
    }

    @Test
    void splitsJoinWaitsGoalsAndQueriesHaveTheirOwnShapes() {
        ProcessDocument document = new ProcessDocument("renewal-2", "Renewal", "L3", null, "sales-manager", "workflow", null, null,
                null, List.of(new dev.baton.processes.Lane("sales-manager", "Sales Manager", "role"),
                        new dev.baton.processes.Lane("system", "Baton", "system")),
                List.of(Step.trigger("2start", "system", "Renewal due", "tag_applied", "renewal"),
                        new Step("split", Step.PARALLEL, "system", "Both", null, null, null, null, null, null, null, null, null, null,
                                List.of(Branch.to("mail"), Branch.to("pause")), null, null, null, null, null),
                        Step.action("mail", "system", "Reminder", "email", Map.of("template", "renewal")).withNext("join"),
                        Step.waitFor("pause", "system", "Two days", "2 days").withNext("join"),
                        Step.of("join", Step.JOIN, "system", "Both done"),
                        Step.trigger("answered", "system", "They answer", "stage_changed", "customer"),
                        Step.gate("big", "sales-manager", "Big?", List.of(Branch.when("custom.seats > 100 and name != 'O\\'Brien'", "task"),
                                Branch.otherwise("done"))),
                        Step.exit("done", "system", "Done", "won"),
                        Step.task("task", "sales-manager", "Call them", "Call", null)));

        Process process = roundTrip(WorkflowCompiler.compile(document)).getMainProcess();

        assertThat(process.getId()).isEqualTo("renewal-2");
        assertThat(process.getFlowElement("_2start")).isInstanceOf(StartEvent.class);
        assertThat(process.getFlowElement("split")).isInstanceOf(ParallelGateway.class);
        assertThat(process.getFlowElement("join")).isInstanceOf(ParallelGateway.class);
        assertThat(flow(process, "split", "mail")).isNotNull();
        assertThat(flow(process, "pause", "join")).isNotNull();
        IntermediateCatchEvent pause = (IntermediateCatchEvent) process.getFlowElement("pause");
        assertThat(((TimerEventDefinition) pause.getEventDefinitions().get(0)).getTimeDate())
                .isEqualTo("${workflowTime.after(execution, '2 days')}");
        IntermediateCatchEvent goal = (IntermediateCatchEvent) process.getFlowElement("answered");
        String message = ((MessageEventDefinition) goal.getEventDefinitions().get(0)).getMessageRef();
        assertThat(WorkflowCompiler.compile(document).getMessage(message).getName()).isEqualTo("stage_changed:customer");
        assertThat(flow(process, "big", "task").getConditionExpression())
                .isEqualTo("${workflowGates.query(execution, 'custom.seats > 100 and name != \\'O\\\\\\'Brien\\'')}");
        assertThat(process.getFlowElement("task-sla")).as("no SLA, no timer").isNull();
        assertThat(flow(process, "task", "task-end")).as("a last step that is not an exit ends the run").isNotNull();
    }

    @Test
    void aDocumentThatCannotRunSaysWhy() {
        ProcessDocument document = new ProcessDocument("broken", "Broken", "L3", null, "sdr", "workflow", null, null, null, List.of(),
                List.of(Step.trigger("start", "system", "Start", "manual", null).withNext("nowhere"),
                        Step.task("call", "sdr", "Call", "Call", "3 fortnights")));

        WorkflowCompileException problem = catchThrowableOfType(WorkflowCompileException.class, () -> WorkflowCompiler.compile(document));

        assertThat(problem.problems()).hasSize(2);
        assertThat(problem.problems().get(0)).contains("sla of call").contains("fortnights");
        assertThat(problem.problems().get(1)).contains("start goes on to nowhere");
        assertThat(catchThrowableOfType(WorkflowCompileException.class, () -> WorkflowCompiler.compile(document.withSteps(
                List.of(Step.exit("end", "system", "End", "completed"))))).getMessage()).contains("the first step must be a trigger");
    }

    /** The model as the engine reads it at deployment: written as XML and read back, checked against the BPMN schema. */
    private static BpmnModel roundTrip(BpmnModel model) {
        byte[] xml = new BpmnXMLConverter().convertToXML(model);
        return new BpmnXMLConverter().convertToBpmnModel(new BytesStreamSource(xml), true, false, StandardCharsets.UTF_8.name());
    }

    private static SequenceFlow flow(Process process, String from, String to) {
        return process.findFlowElementsOfType(SequenceFlow.class).stream()
                .filter(f -> f.getSourceRef().equals(from) && f.getTargetRef().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no flow from " + from + " to " + to));
    }
}
