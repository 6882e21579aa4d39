package dev.baton.automation.workflow;

import java.math.BigDecimal;
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

import dev.baton.automation.internal.OwnerRotation;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.deals.Deals;
import dev.baton.deals.NewDeal;
import dev.baton.identity.Identity;
import dev.baton.marketing.Emails;
import dev.baton.marketing.OutgoingEmail;
import dev.baton.processes.Sla;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Tasks;

/**
 * The automated steps of a workflow: each calls a module's API for the run's record, with the
 * step's settings ({@code with}) that the model carries as fields. Emails and webhook calls carry the
 * idempotency key (run, step), so a retried step never sends twice.
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

    WorkflowActions(Contacts contacts, Tasks tasks, Deals deals, Emails emails, Identity identity, OwnerRotation owners,
            RunRecords records, WorkflowStarter starter, Clock clock, WorkflowWebhooks webhooks) {
        this.webhooks = webhooks;
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
            case "email" -> emails.enqueue(people.stream().map(p -> new OutgoingEmail(
                    "workflow:" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + p, p,
                    with.get("template"), deal.orElse(null))).toList());
            case "create_task" -> tasks.create(new NewTask(title(with.get("title"), execution), with.getOrDefault("description", ""),
                    due(with.get("sla")), Priority.NORMAL, assignee(with.get("role"), fields.get("role"), person), person.orElse(null),
                    null, deal.orElse(null)));
            case "notify" -> tasks.create(new NewTask(title(with.getOrDefault("message", execution.getCurrentFlowElement().getName()),
                    execution), with.getOrDefault("description", ""), clock.instant(), Priority.HIGH,
                    with.get("user") != null && !with.get("user").isBlank() ? user(with.get("user"))
                            : assignee(with.get("role"), fields.get("role"), person),
                    person.orElse(null), null, deal.orElse(null)));
            case "create_deal" -> execution.setVariable(WorkflowCompiler.DEAL, openDeal(with, execution, person).id().toString());
            case "start_process" -> records.record(execution).ifPresent(record -> starter.startFor(with.get("process"), record));
            case "webhook" -> webhooks.call(execution, with);
            default -> log.warn("The workflow {} reached the {} step {}, which Baton cannot run yet; it went on without it.",
                    execution.getProcessDefinitionId(), action, execution.getCurrentActivityId());
        }
    }

    private Deal openDeal(Map<String, String> with, DelegateExecution execution, Optional<UUID> person) {
        Optional<Person> who = person.flatMap(contacts::person);
        UUID organisation = person.flatMap(contacts::primaryOrganisationOf).orElse(null);
        String name = with.get("name");
        if (name == null || name.isBlank()) {
            String subject = records.subject(execution);
            name = Optional.ofNullable(organisation).flatMap(contacts::organisation).map(Organisation::name)
                    .map(org -> org + ": " + subject).orElse(subject);
        }
        BigDecimal amount = with.get("amount") == null || with.get("amount").isBlank() ? null : new BigDecimal(with.get("amount"));
        return deals.open(new NewDeal(with.get("pipeline"), blankToNull(with.get("stage")), name, person.orElse(null), organisation,
                who.map(Person::owner).orElse(null), amount));
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
        UUID id = user.contains("@") ? identity.userByEmail(user).orElseThrow(() -> new IllegalArgumentException("No user " + user)).id()
                : UUID.fromString(user);
        return Assignee.ofUser(id);
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
