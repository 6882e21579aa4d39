package dev.baton.automation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.baton.automation.JourneyPlan;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.CustomField;
import dev.baton.deals.Deals;
import dev.baton.deals.Pipeline;
import dev.baton.platform.api.FieldProblem;
import dev.baton.segments.Searches;
import dev.baton.segments.Segment;

/**
 * Checks what a campaign's triggers name before it is deployed: the field that changes, the deal
 * stage, the date field, the saved search. A campaign that names what does not exist never runs.
 */
@Component
class TriggerChecks {

    private final Contacts contacts;
    private final Deals deals;
    private final Searches searches;

    TriggerChecks(Contacts contacts, Deals deals, Searches searches) {
        this.contacts = contacts;
        this.deals = deals;
        this.searches = searches;
    }

    List<FieldProblem> check(String where, JourneyPlan.Trigger trigger) {
        List<FieldProblem> problems = new ArrayList<>();
        String value = trigger.value();
        switch (String.valueOf(trigger.type())) {
            case "field_changed" -> {
                if (PersonFields.changeKeys(value, customKeys()).isEmpty()) {
                    problems.add(new FieldProblem(where + ".value", value, "is not a field of people that changes: use one of "
                            + String.join(", ", PersonFields.STANDARD.keySet()) + " or person.custom.<field>"));
                }
            }
            case "deal_stage_changed" -> {
                if (stage(value).isEmpty()) {
                    problems.add(new FieldProblem(where + ".value", value, "is not a deal stage: use a stage's key, or pipeline/stage; "
                            + "the stages are " + String.join(", ", deals.pipelines().stream().flatMap(p -> p.stages().stream())
                                    .map(Pipeline.Stage::key).distinct().toList())));
                }
            }
            case "date_reached" -> {
                String key = DateTrigger.customKey(value);
                boolean date = contacts.customFields("person").stream().anyMatch(f -> f.key().equals(key) && "date".equals(f.type()));
                if (!date) {
                    problems.add(new FieldProblem(where + ".value", value, "is not a date field of people: use a custom field of "
                            + "type date, such as person.custom.birthday"));
                }
            }
            case "entered_search" -> {
                String problem = searchProblem(value);
                if (problem != null) {
                    problems.add(new FieldProblem(where + ".value", value, problem));
                }
            }
            default -> { }
        }
        return problems;
    }

    /** The query of a trigger's saved search (by id or name), or the value itself read as a query. */
    String query(String value) {
        Optional<Segment> saved = searches.savedSearch(value);
        return saved.map(Segment::query).orElse(value);
    }

    private String searchProblem(String value) {
        Optional<Segment> saved = searches.savedSearch(value);
        if (saved.isPresent() && !"person".equals(saved.get().object())) {
            return "is a saved search over " + saved.get().object() + "s; a campaign starts on a search over people";
        }
        try {
            searches.checkPeopleQuery(query(value));
            return null;
        } catch (RuntimeException e) {
            return "is neither a saved search (its name or id) nor a query over people: " + e.getMessage();
        }
    }

    /** The pipeline and stage a deal_stage_changed value names: a stage key, or pipeline/stage. */
    Optional<Pipeline.Stage> stage(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int slash = value.indexOf('/');
        String stage = value.substring(slash + 1).trim();
        return deals.pipelines().stream().filter(p -> slash < 0 || PersonFields.sameName(p.name(), value.substring(0, slash)))
                .flatMap(p -> p.stages().stream()).filter(s -> s.key().equalsIgnoreCase(stage)).findFirst();
    }

    /** What is wrong with a create_deal step's pipeline and stage, or null: both must exist when the campaign is deployed. */
    String dealProblem(String pipeline, String stage) {
        if (pipeline == null || pipeline.isBlank()) {
            return "must name the pipeline the deal opens in";
        }
        Optional<Pipeline> found = deals.pipelines().stream().filter(p -> PersonFields.sameName(p.name(), pipeline)).findFirst();
        if (found.isEmpty()) {
            return "is not a pipeline: use one of " + String.join(", ", deals.pipelines().stream().map(Pipeline::name).toList());
        }
        if (stage != null && !stage.isBlank() && found.get().stages().stream().noneMatch(s -> s.key().equalsIgnoreCase(stage.trim()))) {
            return "has no stage " + stage.trim() + ": its stages are "
                    + String.join(", ", found.get().stages().stream().map(Pipeline.Stage::key).toList());
        }
        return null;
    }

    private List<String> customKeys() {
        return contacts.customFields("person").stream().map(CustomField::key).toList();
    }
}
