package dev.baton.processes.internal;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where everything of a swimlane diagram goes: lanes are rows in the document's order, steps sit in
 * their lane's row, left to right in flow order (a step is one column right of the furthest step
 * leading to it, and never shares a cell), and each flow is an orthogonal path between two steps.
 * The SVG, PNG, PDF and the BPMN diagram interchange are all drawn from one layout, so they agree.
 * Coordinates are in pixels, the origin top left.
 */
public record Layout(int width, int height, List<LaneBox> lanes, List<StepBox> steps, List<Flow> flows) {

    public static final int HEADER = 130;
    public static final int COLUMN = 180;
    public static final int ROW = 120;
    public static final int TASK_WIDTH = 130;
    public static final int TASK_HEIGHT = 64;
    public static final int GATE = 50;
    public static final int EVENT = 36;

    /** A lane's row. */
    public record LaneBox(Lane lane, int x, int y, int width, int height) {
    }

    /** A step's shape: a rounded box for work, a diamond for a gate or a split, a circle for a trigger, a wait or an exit. */
    public record StepBox(Step step, int laneIndex, int column, int x, int y, int width, int height) {

        public int centerX() {
            return x + width / 2;
        }

        public int centerY() {
            return y + height / 2;
        }
    }

    public record Point(int x, int y) {
    }

    /**
     * A flow from one step to another, with the label of the branch it follows, whether it crosses to
     * another lane (a hand-off) and whether it goes back against the flow (a loop).
     */
    public record Flow(String from, String to, String label, boolean handoff, boolean loop, List<Point> points) {
    }

    public static Layout of(ProcessDocument document) {
        Map<String, Integer> laneIndex = new HashMap<>();
        for (Lane lane : document.lanes()) {
            laneIndex.putIfAbsent(lane.key(), laneIndex.size());
        }
        List<Lane> rows = new ArrayList<>(document.lanes());
        for (Step step : document.steps()) {
            // A step in a lane the document does not list still gets a row, so nothing is hidden.
            if (step.lane() != null && !laneIndex.containsKey(step.lane())) {
                laneIndex.put(step.lane(), rows.size());
                rows.add(new Lane(step.lane(), step.lane(), null));
            }
        }
        if (rows.isEmpty() || document.steps().stream().anyMatch(s -> s.lane() == null)) {
            laneIndex.putIfAbsent(null, rows.size());
            rows.add(new Lane(null, "(no lane)", null));
        }

        Map<String, Step> byKey = new LinkedHashMap<>();
        document.steps().forEach(s -> byKey.putIfAbsent(s.key(), s));
        List<Step> order = flowOrder(document, byKey);
        Set<String> loops = new HashSet<>();
        Map<String, Integer> column = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, List<String>> predecessors = new HashMap<>();
        for (Step step : document.steps()) {
            for (String next : successors(document, step)) {
                predecessors.computeIfAbsent(next, k -> new ArrayList<>()).add(step.key());
            }
        }
        for (Step step : order) {
            int at = 0;
            for (String before : predecessors.getOrDefault(step.key(), List.of())) {
                Integer c = column.get(before);
                if (c == null) {
                    loops.add(before + "->" + step.key());
                } else {
                    at = Math.max(at, c + 1);
                }
            }
            int lane = laneIndex.get(step.lane());
            while (taken.contains(lane + ":" + at)) {
                at++;
            }
            taken.add(lane + ":" + at);
            column.put(step.key(), at);
        }

        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int width = HEADER + columns * COLUMN;
        List<LaneBox> laneBoxes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            laneBoxes.add(new LaneBox(rows.get(i), 0, i * ROW, width, ROW));
        }
        Map<String, StepBox> boxes = new LinkedHashMap<>();
        for (Step step : document.steps()) {
            if (boxes.containsKey(step.key())) {
                continue;
            }
            int lane = laneIndex.get(step.lane());
            int c = column.get(step.key());
            int w = shapeWidth(step);
            int h = shapeHeight(step);
            int cx = HEADER + c * COLUMN + COLUMN / 2;
            int cy = lane * ROW + ROW / 2;
            boxes.put(step.key(), new StepBox(step, lane, c, cx - w / 2, cy - h / 2, w, h));
        }

        FlowRoutes routes = new FlowRoutes(taken);
        List<Flow> flows = new ArrayList<>();
        for (Step step : document.steps()) {
            StepBox from = boxes.get(step.key());
            List<String> targets = successors(document, step);
            for (int i = 0; i < targets.size(); i++) {
                StepBox to = boxes.get(targets.get(i));
                if (to == null) {
                    continue;
                }
                String label = null;
                if (Step.GATE.equals(step.type()) && i < step.branches().size()) {
                    Branch b = step.branches().get(i);
                    label = b.label() != null ? b.label() : b.otherwise() ? "else" : b.term() != null ? b.term() : b.when();
                }
                boolean loop = to.column() <= from.column();
                flows.add(new Flow(step.key(), to.step().key(), label, from.laneIndex() != to.laneIndex(), loop, routes.route(from, to, loop)));
            }
        }
        List<List<Point>> paths = FlowSpacing.spread(flows.stream().map(Flow::points).toList());
        for (int i = 0; i < flows.size(); i++) {
            Flow f = flows.get(i);
            flows.set(i, new Flow(f.from(), f.to(), f.label(), f.handoff(), f.loop(), paths.get(i)));
        }
        return new Layout(width, rows.size() * ROW, laneBoxes, List.copyOf(boxes.values()), flows);
    }

    /** Steps in flow order: depth first from the first step, then whatever is not reached, in list order. */
    private static List<Step> flowOrder(ProcessDocument document, Map<String, Step> byKey) {
        List<Step> postOrder = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Step start : document.steps()) {
            visit(document, byKey, start, seen, postOrder);
        }
        List<Step> order = new ArrayList<>(postOrder);
        Collections.reverse(order);
        // Reverse post-order of a DFS started at the first step puts every step after all steps that
        // lead to it, except along loops; a stable start keeps the drawing steady while someone types.
        return order;
    }

    private static void visit(ProcessDocument document, Map<String, Step> byKey, Step step, Set<String> seen, List<Step> postOrder) {
        if (!seen.add(step.key())) {
            return;
        }
        List<String> next = successors(document, step);
        for (int i = next.size() - 1; i >= 0; i--) {
            Step s = byKey.get(next.get(i));
            if (s != null) {
                visit(document, byKey, s, seen, postOrder);
            }
        }
        postOrder.add(step);
    }

    /**
     * {@link ProcessDocument#successors} for a document that may be half written: a step without a type
     * goes on like a task, and a following step without a key is still a target.
     */
    private static List<String> successors(ProcessDocument document, Step step) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.EXIT, Step.GATE, Step.PARALLEL -> document.successors(step);
            default -> document.following(step).map(s -> Collections.singletonList(s.key())).orElse(List.of());
        };
    }

    private static int shapeWidth(Step step) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.GATE, Step.PARALLEL, Step.JOIN -> GATE;
            case Step.TRIGGER, Step.WAIT, Step.EXIT -> EVENT;
            default -> TASK_WIDTH;
        };
    }

    private static int shapeHeight(Step step) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.GATE, Step.PARALLEL, Step.JOIN -> GATE;
            case Step.TRIGGER, Step.WAIT, Step.EXIT -> EVENT;
            default -> TASK_HEIGHT;
        };
    }
}
