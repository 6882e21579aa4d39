package dev.baton.automation.workflow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.variable.api.delegate.VariableScope;
import org.springframework.stereotype.Component;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.deals.Deals;

/** The record a run is about, from its variables: a person, a deal, or both once a deal was opened for the person. */
@Component
class RunRecords {

    private final Contacts contacts;
    private final Deals deals;

    RunRecords(Contacts contacts, Deals deals) {
        this.contacts = contacts;
        this.deals = deals;
    }

    Optional<UUID> person(VariableScope scope) {
        return WorkflowTime.uuid(scope.getVariable(WorkflowCompiler.PERSON));
    }

    Optional<UUID> deal(VariableScope scope) {
        return WorkflowTime.uuid(scope.getVariable(WorkflowCompiler.DEAL));
    }

    /** The person of the run, or the people of its deal. */
    List<UUID> people(VariableScope scope) {
        Optional<UUID> person = person(scope);
        if (person.isPresent()) {
            return List.of(person.get());
        }
        return deal(scope).flatMap(deals::deal).map(d -> d.people().stream().map(Deal.DealPerson::person).toList()).orElse(List.of());
    }

    /** The record of a running execution: its business key, with its person and deal. */
    Optional<RunRecord> record(DelegateExecution execution) {
        return WorkflowTime.uuid(execution.getProcessInstanceBusinessKey())
                .map(key -> new RunRecord(key, person(execution).orElse(null), deal(execution).orElse(null)));
    }

    /** How a task names what it is about: the person's name, else the deal's. */
    String subject(VariableScope scope) {
        return person(scope).flatMap(contacts::person).map(Person::displayName)
                .or(() -> deal(scope).flatMap(deals::deal).map(Deal::name)).orElse("");
    }
}
