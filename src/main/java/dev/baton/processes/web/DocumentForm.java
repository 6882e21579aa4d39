package dev.baton.processes.web;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Stakeholder;
import java.util.List;
import java.util.Objects;

/**
 * The editor's form: a draft of a process document as the fields of an HTML form, named by index
 * ({@code steps[2].name}, {@code steps[2].branches[0].to}) and bound to these records. {@code title}
 * and {@code rowVersion} are the draft's, the second so that a save cannot overwrite someone else's.
 */
record DocumentForm(String key, String name, String level, String parent, String owner, String kind, String purpose,
        String glossary, String title, Long rowVersion, List<LaneForm> lanes, List<StakeholderForm> stakeholders,
        List<StepForm> steps) {

    record LaneForm(String key, String name, String kind) {
    }

    record StakeholderForm(String role, String raci) {
    }

    DocumentForm {
        lanes = lanes == null ? List.of() : lanes.stream().filter(Objects::nonNull).toList();
        stakeholders = stakeholders == null ? List.of() : stakeholders.stream().filter(Objects::nonNull).toList();
        steps = steps == null ? List.of() : steps.stream().filter(Objects::nonNull).toList();
    }

    static DocumentForm of(ProcessVersion version) {
        ProcessDocument d = version.body();
        return new DocumentForm(d.key(), d.name(), d.level(), d.parent(), d.owner(), d.kind(), d.purpose(), Text.words(d.glossary()),
                version.title(), version.version(),
                d.lanes().stream().map(l -> new LaneForm(l.key(), l.name(), l.kind())).toList(),
                d.stakeholders().stream().map(s -> new StakeholderForm(s.role(), s.raci())).toList(),
                d.steps().stream().map(StepForm::of).toList());
    }

    /** The document the form describes, empty fields left out; a lane or stakeholder with nothing in it is dropped. */
    ProcessDocument document() {
        return new ProcessDocument(Text.orNull(key), Text.orNull(name), Text.orNull(level), Text.orNull(parent), Text.orNull(owner),
                Text.orNull(kind), Text.orNull(purpose), Text.words(glossary),
                stakeholders.stream().filter(s -> Text.orNull(s.role()) != null || Text.orNull(s.raci()) != null)
                        .map(s -> new Stakeholder(Text.orNull(s.role()), Text.orNull(s.raci()))).toList(),
                lanes.stream().filter(l -> Text.orNull(l.key()) != null || Text.orNull(l.name()) != null)
                        .map(l -> new Lane(Text.orNull(l.key()), Text.orNull(l.name()), Text.orNull(l.kind()))).toList(),
                steps.stream().map(StepForm::step).toList());
    }

    DocumentForm withLanes(List<LaneForm> newLanes) {
        return new DocumentForm(key, name, level, parent, owner, kind, purpose, glossary, title, rowVersion, newLanes, stakeholders, steps);
    }

    DocumentForm withStakeholders(List<StakeholderForm> newStakeholders) {
        return new DocumentForm(key, name, level, parent, owner, kind, purpose, glossary, title, rowVersion, lanes, newStakeholders, steps);
    }

    DocumentForm withSteps(List<StepForm> newSteps) {
        return new DocumentForm(key, name, level, parent, owner, kind, purpose, glossary, title, rowVersion, lanes, stakeholders, newSteps);
    }

    /** The lane keys written so far, for the steps' lane choices (public, as what the templates call). */
    public List<String> laneKeys() {
        return lanes.stream().map(LaneForm::key).map(Text::orNull).filter(Objects::nonNull).distinct().toList();
    }

    /** How a step's lane choice reads: the lane's name, else its key; a key no lane has says so. */
    public String laneLabel(String laneKey) {
        return lanes.stream().filter(l -> laneKey != null && laneKey.equals(Text.orNull(l.key()))).findFirst()
                .map(l -> Text.orNull(l.name()) == null ? laneKey : l.name().strip()).orElse(laneKey + " (no such lane)");
    }

    /** The step keys written so far, for a step's next and a branch's target. */
    public List<String> stepKeys() {
        return steps.stream().map(StepForm::key).map(Text::orNull).filter(Objects::nonNull).distinct().toList();
    }
}
