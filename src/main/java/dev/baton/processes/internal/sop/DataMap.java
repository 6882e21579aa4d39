package dev.baton.processes.internal.sop;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which steps read and which write each field named in the documents' {@code reads} and {@code writes},
 * with the steps grouped by lane; a field written and never read is work nobody uses, a field read and
 * never written is something a step expects that no step provides.
 *
 * @param fields every field the documents name, in alphabetical order
 * @param lanes  the lanes with the steps in them that read or write a field, lanes in the order the
 *               documents list them (one lane key is one lane across documents), steps in flow order
 */
public record DataMap(List<Field> fields, List<LaneSteps> lanes) {

    /** A step, where it is found and who performs it. */
    public record StepRef(String document, String documentName, String step, String stepName, String lane, String laneName) {
    }

    /** A field and the steps that read and write it. */
    public record Field(String name, List<StepRef> readBy, List<StepRef> writtenBy) {

        public boolean writtenNeverRead() {
            return readBy.isEmpty() && !writtenBy.isEmpty();
        }

        public boolean readNeverWritten() {
            return writtenBy.isEmpty() && !readBy.isEmpty();
        }

        public boolean isReadBy(StepRef step) {
            return readBy.contains(step);
        }

        public boolean isWrittenBy(StepRef step) {
            return writtenBy.contains(step);
        }
    }

    /** A lane and its steps that use a field. */
    public record LaneSteps(String lane, String name, List<StepRef> steps) {
    }

    public DataMap {
        fields = List.copyOf(fields);
        lanes = List.copyOf(lanes);
    }

    public static DataMap of(List<ProcessDocument> documents) {
        Map<String, List<StepRef>> reads = new TreeMap<>();
        Map<String, List<StepRef>> writes = new TreeMap<>();
        Map<String, String> laneNames = new LinkedHashMap<>();
        Map<String, List<StepRef>> laneSteps = new LinkedHashMap<>();
        for (ProcessDocument doc : documents) {
            for (Lane lane : doc.lanes()) {
                laneNames.putIfAbsent(lane.key(), lane.name() == null ? lane.key() : lane.name());
                laneSteps.putIfAbsent(lane.key(), new ArrayList<>());
            }
            for (Step step : Procedure.of(doc).steps()) {
                if (step.reads().isEmpty() && step.writes().isEmpty()) {
                    continue;
                }
                laneNames.putIfAbsent(step.lane(), step.lane() == null ? "(no lane)" : step.lane());
                StepRef ref = new StepRef(doc.key(), doc.name() == null ? doc.key() : doc.name(), step.key(),
                        step.name() == null ? step.key() : step.name(), step.lane(), laneNames.get(step.lane()));
                laneSteps.computeIfAbsent(step.lane(), k -> new ArrayList<>()).add(ref);
                step.reads().forEach(f -> addOnce(reads, f, ref));
                step.writes().forEach(f -> addOnce(writes, f, ref));
            }
        }
        TreeSet<String> names = new TreeSet<>(reads.keySet());
        names.addAll(writes.keySet());
        List<Field> fields = names.stream().map(name -> new Field(name, List.copyOf(reads.getOrDefault(name, List.of())),
                List.copyOf(writes.getOrDefault(name, List.of())))).toList();
        List<LaneSteps> lanes = new ArrayList<>();
        laneSteps.forEach((lane, steps) -> {
            if (!steps.isEmpty()) {
                lanes.add(new LaneSteps(lane, laneNames.get(lane), List.copyOf(steps)));
            }
        });
        return new DataMap(fields, lanes);
    }

    private static void addOnce(Map<String, List<StepRef>> map, String field, StepRef ref) {
        if (field == null || field.isBlank()) {
            return;
        }
        List<StepRef> list = map.computeIfAbsent(field, k -> new ArrayList<>());
        if (!list.contains(ref)) {
            list.add(ref);
        }
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The steps that use a field, lane by lane: the columns of the map. */
    public List<StepRef> steps() {
        return lanes.stream().flatMap(l -> l.steps().stream()).toList();
    }

    public List<Field> writtenNeverRead() {
        return fields.stream().filter(Field::writtenNeverRead).toList();
    }

    public List<Field> readNeverWritten() {
        return fields.stream().filter(Field::readNeverWritten).toList();
    }
}
