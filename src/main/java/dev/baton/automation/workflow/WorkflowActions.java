package dev.baton.automation.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.flowable.bpmn.model.FieldExtension;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.baton.automation.internal.DealOpener;
import dev.baton.automation.internal.OwnerRotation;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.deals.Deals;
import dev.baton.identity.Identity;
import dev.baton.marketing.Emails;
import dev.baton.marketing.OutgoingEmail;
import dev.baton.processes.Sla;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewNotification;
import dev.baton.tasks.Notifications;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Tasks;

/**
 * The automated steps of a workflow: each calls a module's API for the run's record, with the
 * step's settings ({@code with}) that the model carries as fields. Emails, notifications and webhook
 * calls carry the idempotency key (run, step, visit) of {@link StepVisits}, so a retried step never
 * sends twice and a step reached again by a loop sends again.
 */
@Component(WorkflowCompiler.ACTIONS)
public class WorkflowActions implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(WorkflowActions.class);

    private final Contacts contacts;
    private final Tasks tasks;
    private final Deals deals;
    private final Emails emails;
    private final Identity identity;
    private final OwnerRotation owners;
    private final RunRecords records;
    private final WorkflowStarter starter;
    private final Clock clock;
    private final WorkflowWebhooks webhooks;
    private final Notifications notifications;
    private final DealOpener dealOpener;

    WorkflowActions(Contacts contacts, Tasks tasks, Deals deals, Emails emails, Identity identity, OwnerRotation owners,
            RunRecords records, WorkflowStarter starter, Clock clock, WorkflowWebhooks webhooks, Notifications notifications,
            DealOpener dealOpener) {
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.dealOpener = dealOpener;
        this.contacts = contacts;
        this.tasks = tasks;
        this.deals = deals;
        this.emails = emails;
        this.identity = identity;
        this.owners = owners;
        this.records = records;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> fields = fields(execution);
        String action = fields.getOrDefault("action", "");
        Map<String, String> with = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("with.")) {
                with.put(name.substring("with.".length()), value);
            }
        });
        List<UUID> people = records.people(execution);
        Optional<UUID> person = records.person(execution);
        Optional<UUID> deal = records.deal(execution);
        switch (action) {
            case "tag" -> contacts.tag(with.get("tag"), people);
            case "untag" -> contacts.untag(with.get("tag"), people);
            case "stage" -> people.forEach(p -> contacts.moveToStage(p, with.get("stage")));
            case "assign_owner" -> owners.assign(with.get("role"), people);
            case "email" -> {
                String visit = StepVisits.key(execution);
                emails.enqueue(people.stream().map(p -> new OutgoingEmail(visit + ":" + p, p, with.get("template"), deal.orElse(null)))
                        .toList());
            }
            case "create_task" -> tasks.create(new NewTask(title(with.get("title"), execution), with.getOrDefault("description", ""),
                    due(with.get("sla")), Priority.NORMAL, assignee(with.get("role"), fields.get("role"), person), person.orElse(null),
                    null, deal.orElse(null)));
            case "notify" -> notifications.notify(new NewNotification(StepVisits.key(execution),
                    with.get("user") != null && !with.get("user").isBlank() ? user(with.get("user"))
                            : assignee(with.get("role"), fields.get("role"), person),
                    blankToNull(with.get("message")) != null ? with.get("message") : execution.getCurrentFlowElement().getName(),
                    person.orElse(null), deal.orElse(null), "Workflow " + execution.getProcessDefinitionId().split(":")[0]
                            + ", step " + execution.getCurrentActivityId()));
            case "set_field" -> setField(with.get("field"), with.get("value"), people, deal, execution);
            case "create_deal" -> execution.setVariable(WorkflowCompiler.DEAL,
                    dealOpener.open(with, person.orElse(null), records.subject(execution)).id().toString());
            case "start_process" -> records.record(execution).ifPresent(record -> starter.startFor(with.get("process"), record));
            case "webhook" -> webhooks.call(execution, with, StepVisits.key(execution));
            default -> log.warn("The workflow {} reached the {} step {}, which Baton cannot run yet; it went on without it.",
                    execution.getProcessDefinitionId(), action, execution.getCurrentActivityId());
        }
    }

    /** A deal field on the run's deal, a person field on its person (or its deal's people); other records are not set. */
    private void setField(String field, String value, List<UUID> people, Optional<UUID> deal, DelegateExecution execution) {
        if (field != null && field.startsWith("deal.") && deal.isPresent()) {
            deals.setField(deal.get(), field, value);
        } else if (field != null && field.startsWith("person.")) {
            contacts.setField(field, value, people);
        } else {
            log.warn("The workflow {} reached the set_field step {} for {}, which its run has no record for; it went on without it.",
                    execution.getProcessDefinitionId(), execution.getCurrentActivityId(), field);
        }
    }

    /** A task for a role, or for the person's owner ({@code owner}); with no owner, for the lane's role. */
    private Assignee assignee(String role, String laneRole, Optional<UUID> person) {
        String wanted = role == null || role.isBlank() ? laneRole : role;
        if ("owner".equals(wanted)) {
            return person.flatMap(contacts::person).map(Person::owner).map(Assignee::ofUser).orElse(Assignee.ofRole(laneRole));
        }
        return Assignee.ofRole(wanted);
    }

    private Assignee user(String user) {
        return Assignee.ofUser(identity.userNamed(user).orElseThrow(() -> new IllegalArgumentException("No user " + user)).id());
    }

    private String title(String title, DelegateExecution execution) {
        String subject = records.subject(execution);
        String full = subject.isEmpty() ? title : title + ": " + subject;
        return full.length() > 200 ? full.substring(0, 200) : full;
    }

    private Instant due(String sla) {
        return Sla.parse(sla == null || sla.isBlank() ? WorkflowCompiler.DEFAULT_DUE : sla).after(clock.instant(), EngineClock.zone());
    }

    static Map<String, String> fields(DelegateExecution execution) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldExtension field : DelegateHelper.getFlowElementFields(execution)) {
            fields.put(field.getFieldName(), field.getStringValue());
        }
        return fields;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
