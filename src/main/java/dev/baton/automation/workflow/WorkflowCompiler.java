package dev.baton.automation.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.IOParameter;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.Message;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;

import dev.baton.automation.internal.WaitUntil;
import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Sla;
import dev.baton.processes.Step;

/**
 * Turns a workflow-kind process document into an executable BPMN model: the first trigger is the
 * start event, tasks are user tasks for the lane's role (with a non-interrupting timer on their SLA
 * that escalates), actions are service tasks, gates exclusive gateways whose branches test glossary
 * terms or queries, splits and joins parallel gateways, waits timers, later triggers message events
 * (goals), subprocesses call activities and exits end events. Element ids are the step keys, so the
 * engine's history speaks of the document's steps.
 */
final class WorkflowCompiler {

    static final String ACTIONS = "workflowActions";
    static final String GATES = "workflowGates";
    static final String TIME = "workflowTime";
    static final String TASKS = "workflowTasks";
    static final String ESCALATION = "workflowEscalation";

    /** The process variables every run has: the record it is about. */
    static final String PERSON = "person";
    static final String DEAL = "deal";
    static final String OUTCOME = "outcome";

    static final String NAMESPACE = "urn:baton:workflows";

    /** Where a task with no SLA is due. */
    static final String DEFAULT_DUE = "1 business day";

    private final ProcessDocument document;
    private final BpmnModel model = new BpmnModel();
    private final Process process = new Process();
    private final Map<String, FlowElement> elements = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private WorkflowCompiler(ProcessDocument document) {
        this.document = document;
    }

    /** The executable model; a document that cannot run is a {@link WorkflowCompileException} listing why. */
    static BpmnModel compile(ProcessDocument document) {
        return new WorkflowCompiler(document).build();
    }

    /** A document's or step's key as a BPMN id (an XML name: it must not start with a digit). */
    static String id(String key) {
        return key != null && !key.isEmpty() && Character.isLetter(key.charAt(0)) ? key : "_" + key;
    }

    /** The name of the message a trigger waits for: the event and its value ({@code stage_changed:sql}). */
    static String messageName(String event, String value) {
        return value == null || value.isBlank() ? event : event + ":" + value;
    }

    /** The first step, which must be a trigger: what starts new work. */
    static Step trigger(ProcessDocument document) {
        if (document.steps().isEmpty() || !Step.TRIGGER.equals(document.steps().get(0).type())) {
            throw new WorkflowCompileException(document.key(), List.of("the first step must be a trigger: it says what starts the work"));
        }
        return document.steps().get(0);
    }

    private BpmnModel build() {
        trigger(document);
        process.setId(id(document.key()));
        process.setName(document.name());
        process.setExecutable(true);
        // the engine files a definition under its namespace (its category)
        model.setTargetNamespace(NAMESPACE);
        model.addProcess(process);
        List<Step> steps = document.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.key() == null || step.key().isBlank()) {
                problems.add("step " + (i + 1) + " has no key");
                continue;
            }
            FlowElement element = element(step, i == 0);
            if (element != null) {
                element.setId(id(step.key()));
                element.setName(step.name() == null ? step.key() : step.name());
                add(element);
            }
        }
        for (Step step : steps) {
            if (step.key() != null && elements.containsKey(id(step.key()))) {
                connect(step);
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowCompileException(document.key(), problems);
        }
        return model;
    }

    private FlowElement element(Step step, boolean first) {
        String type = step.type() == null ? "" : step.type();
        return switch (type) {
            case Step.TRIGGER -> first ? new StartEvent() : goal(step);
            case Step.TASK -> userTask(step);
            case Step.ACTION -> action(step);
            case Step.WAIT -> waitFor(step);
            case Step.GATE -> gate();
            case Step.PARALLEL, Step.JOIN -> new ParallelGateway();
            case Step.SUBPROCESS -> subprocess(step);
            case Step.EXIT -> exit(step.outcome());
            default -> {
                problems.add("the step " + step.key() + " has the unknown type \"" + type + "\"");
                yield null;
            }
        };
    }

    private IntermediateCatchEvent goal(Step step) {
        String name = messageName(step.event(), step.value());
        String messageId = "message-" + name.replaceAll("[^A-Za-z0-9_.-]", "-");
        if (model.getMessage(messageId) == null) {
            model.addMessage(new Message(messageId, name, null));
        }
        MessageEventDefinition definition = new MessageEventDefinition();
        definition.setMessageRef(messageId);
        IntermediateCatchEvent event = new IntermediateCatchEvent();
        event.addEventDefinition(definition);
        return event;
    }

    /** A gate decides in its own transaction too: a search that fails is retried, not lost with the step before it. */
    private static ExclusiveGateway gate() {
        ExclusiveGateway gate = new ExclusiveGateway();
        gate.setAsynchronous(true);
        return gate;
    }

    private UserTask userTask(Step step) {
        UserTask task = new UserTask();
        task.setDocumentation(step.instructions());
        task.setCandidateGroups(List.of(role(step)));
        task.setCategory(document.key());
        task.setDueDate(timeExpression("after", sla(step, "sla", step.sla() == null ? DEFAULT_DUE : step.sla())));
        for (String event : List.of("create", "delete")) {
            FlowableListener listener = new FlowableListener();
            listener.setEvent(event);
            listener.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
            listener.setImplementation("${" + TASKS + "}");
            task.getTaskListeners().add(listener);
        }
        return task;
    }

    /** A task's SLA: a timer that does not interrupt the task, and a step that gives the manager of its lane's role a task. */
    private void escalation(Step step) {
        if (step.sla() == null || step.sla().isBlank()) {
            return;
        }
        String taskId = id(step.key());
        TimerEventDefinition timer = new TimerEventDefinition();
        timer.setTimeDate(timeExpression("after", step.sla()));
        BoundaryEvent due = new BoundaryEvent();
        due.setId(taskId + "-sla");
        due.setName("SLA of " + (step.name() == null ? step.key() : step.name()) + ": " + step.sla());
        due.setAttachedToRefId(taskId);
        due.setAttachedToRef((org.flowable.bpmn.model.Activity) elements.get(taskId));
        due.setCancelActivity(false);
        due.addEventDefinition(timer);
        add(due);
        ServiceTask escalate = serviceTask(ESCALATION, Map.of("task", step.key(), "role", role(step), "sla", step.sla(),
                "owner", document.owner() == null ? "" : document.owner()));
        escalate.setId(taskId + "-escalate");
        escalate.setName("Escalate to the manager of " + role(step));
        add(escalate);
        EndEvent escalated = new EndEvent();
        escalated.setId(taskId + "-escalated");
        add(escalated);
        flow(due.getId(), escalate.getId(), null, null);
        flow(escalate.getId(), escalated.getId(), null, null);
    }

    private ServiceTask action(Step step) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", step.action() == null ? "" : step.action());
        fields.put("role", role(step));
        step.with().forEach((key, value) -> fields.put("with." + key, value == null ? "" : value));
        ServiceTask task = serviceTask(ACTIONS, fields);
        // an action runs in its own transaction, after the one that reached it commits, and is retried if it fails
        task.setAsynchronous(true);
        return task;
    }

    private static ServiceTask serviceTask(String bean, Map<String, String> fields) {
        ServiceTask task = new ServiceTask();
        task.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
        task.setImplementation("${" + bean + "}");
        fields.forEach((name, value) -> {
            FieldExtension field = new FieldExtension();
            field.setFieldName(name);
            field.setStringValue(value);
            task.getFieldExtensions().add(field);
        });
        return task;
    }

    private IntermediateCatchEvent waitFor(Step step) {
        TimerEventDefinition timer = new TimerEventDefinition();
        if (step.duration() != null && !step.duration().isBlank()) {
            timer.setTimeDate(timeExpression("after", sla(step, "duration", step.duration())));
        } else if (step.until() != null && !step.until().isBlank()) {
            try {
                WaitUntil.parse(step.until());
            } catch (IllegalArgumentException e) {
                problems.add("the until of " + step.key() + " " + e.getMessage());
            }
            timer.setTimeDate(timeExpression("until", step.until().strip()));
        } else {
            problems.add("the wait " + step.key() + " says neither how long (duration) nor until when (until)");
        }
        IntermediateCatchEvent event = new IntermediateCatchEvent();
        event.addEventDefinition(timer);
        return event;
    }

    private CallActivity subprocess(Step step) {
        if (step.process() == null || step.process().isBlank()) {
            problems.add("the subprocess " + step.key() + " names no process");
        }
        CallActivity call = new CallActivity();
        call.setCalledElement(id(step.process()));
        call.setInheritBusinessKey(true);
        call.setInheritVariables(true);
        IOParameter deal = new IOParameter();
        deal.setSource(DEAL);
        deal.setTarget(DEAL);
        call.addOutParameter(deal);
        return call;
    }

    private EndEvent exit(String outcome) {
        EndEvent end = new EndEvent();
        FlowableListener listener = new FlowableListener();
        listener.setEvent("start");
        listener.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION);
        listener.setImplementation("${execution.setVariable('" + OUTCOME + "', " + literal(outcome == null ? "completed" : outcome) + ")}");
        end.getExecutionListeners().add(listener);
        return end;
    }

    private void connect(Step step) {
        String from = id(step.key());
        switch (step.type()) {
            case Step.EXIT -> { }
            case Step.GATE -> {
                for (int i = 0; i < step.branches().size(); i++) {
                    Branch branch = step.branches().get(i);
                    if (branch.to() == null) {
                        continue;
                    }
                    String condition = branch.otherwise() ? null
                            : branch.term() != null ? "${" + GATES + ".term(execution, " + literal(branch.term()) + ")}"
                            : branch.when() != null ? "${" + GATES + ".query(execution, " + literal(branch.when()) + ")}"
                            : null;
                    SequenceFlow flow = flow(from, target(step, branch.to()), condition, branch.label());
                    if (branch.otherwise()) {
                        ((ExclusiveGateway) elements.get(from)).setDefaultFlow(flow.getId());
                    }
                }
            }
            case Step.PARALLEL -> step.branches().stream().filter(b -> b.to() != null)
                    .forEach(b -> flow(from, target(step, b.to()), null, b.label()));
            default -> {
                List<String> next = step.next() != null ? List.of(step.next()) : document.successors(step);
                if (next.isEmpty()) {
                    EndEvent end = exit("completed");
                    end.setId(from + "-end");
                    add(end);
                    flow(from, end.getId(), null, null);
                } else {
                    flow(from, target(step, next.get(0)), null, null);
                }
                if (Step.TASK.equals(step.type())) {
                    escalation(step);
                }
            }
        }
    }

    private String target(Step from, String to) {
        if (!elements.containsKey(id(to))) {
            problems.add("the step " + from.key() + " goes on to " + to + ", which is not a step of the document");
        }
        return id(to);
    }

    private SequenceFlow flow(String from, String to, String condition, String name) {
        String base = from + "-to-" + to;
        String flowId = base;
        for (int n = 2; elements.containsKey(flowId); n++) {
            flowId = base + "-" + n;
        }
        SequenceFlow flow = new SequenceFlow(from, to);
        flow.setId(flowId);
        flow.setName(name);
        flow.setConditionExpression(condition);
        if (elements.get(from) instanceof FlowNode source && elements.get(to) instanceof FlowNode target) {
            flow.setSourceFlowElement(source);
            flow.setTargetFlowElement(target);
            source.getOutgoingFlows().add(flow);
            target.getIncomingFlows().add(flow);
        }
        add(flow);
        return flow;
    }

    private void add(FlowElement element) {
        elements.put(element.getId(), element);
        process.addFlowElement(element);
    }

    /** The role whose inbox a step's work goes to: its lane's role, or the document's owner for a lane that is not a role. */
    private String role(Step step) {
        return document.lane(step.lane()).filter(Lane::isRole).map(Lane::key).orElse(document.owner());
    }

    private String sla(Step step, String field, String text) {
        try {
            Sla.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add("the " + field + " of " + step.key() + " " + e.getMessage());
        }
        return text;
    }

    private static String timeExpression(String method, String text) {
        return "${" + TIME + "." + method + "(execution, " + literal(text) + ")}";
    }

    /** A string literal of the expression language, whatever the text holds. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
