package dev.baton.processes.internal.bpmn;

import dev.baton.processes.internal.Layout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * The BPMN diagram interchange, drawn from the swimlane layout so a BPMN tool shows Baton's picture: the
 * pool around everything, a band per lane row, a shape per step and the layout's orthogonal flows.
 */
final class DiagramWriter {

    /** BPMN tools keep a band this wide on the left of a pool for its name. */
    private static final int POOL_BAND = 30;
    private static final int LABEL_WIDTH = 90;
    private static final int LABEL_HEIGHT = 27;

    private record Box(int x, int y, int width, int height) {
    }

    private DiagramWriter() {
    }

    static void write(Element definitions, Layout layout, FlowPlan plan, String collaborationId, String participantId,
            List<String> laneIds, BpmnIds ids) {
        Element diagram = Dom.add(definitions, Bpmn.BPMNDI, "bpmndi:BPMNDiagram");
        diagram.setAttribute("id", ids.next("BPMNDiagram_" + collaborationId));
        Element plane = Dom.add(diagram, Bpmn.BPMNDI, "bpmndi:BPMNPlane");
        plane.setAttribute("id", ids.next("BPMNPlane_" + collaborationId));
        plane.setAttribute("bpmnElement", collaborationId);

        Element pool = shape(plane, participantId, new Box(0, 0, layout.width(), layout.height()), ids);
        pool.setAttribute("isHorizontal", "true");
        for (int row = 0; row < layout.lanes().size(); row++) {
            Layout.LaneBox lane = layout.lanes().get(row);
            Box bounds = new Box(lane.x() + POOL_BAND, lane.y(), lane.width() - POOL_BAND, lane.height());
            shape(plane, laneIds.get(row), bounds, ids).setAttribute("isHorizontal", "true");
        }

        Map<String, Layout.StepBox> boxes = new HashMap<>();
        layout.steps().forEach(b -> boxes.putIfAbsent(b.step().key(), b));
        Map<Integer, Box> shapes = new HashMap<>();
        for (int i = 0; i < plan.nodes().size(); i++) {
            FlowPlan.Node node = plan.nodes().get(i);
            Layout.StepBox box = boxes.remove(node.step().key());
            if (box == null) {
                continue; // a second step with the same key: the layout draws the first only
            }
            Box bounds = fitted(box, node.element());
            shapes.put(i, bounds);
            Element shape = shape(plane, node.id(), bounds, ids);
            if (node.element().equals("exclusiveGateway")) {
                shape.setAttribute("isMarkerVisible", "true");
            }
            if (node.element().endsWith("Event") || node.element().endsWith("Gateway")) {
                label(shape, new Box(bounds.x() + bounds.width() / 2 - LABEL_WIDTH / 2, bounds.y() + bounds.height() + 5,
                        LABEL_WIDTH, LABEL_HEIGHT));
            }
        }

        List<Layout.Flow> drawn = new ArrayList<>(layout.flows());
        for (FlowPlan.Flow flow : plan.flows()) {
            Box from = shapes.get(flow.from());
            Box to = shapes.get(flow.to());
            if (from == null || to == null) {
                continue;
            }
            String fromKey = plan.nodes().get(flow.from()).step().key();
            String toKey = plan.nodes().get(flow.to()).step().key();
            Layout.Flow path = drawn.stream().filter(f -> Objects.equals(f.from(), fromKey) && Objects.equals(f.to(), toKey))
                    .findFirst().orElse(null);
            drawn.remove(path);
            edge(plane, flow, points(path, boxOf(layout, fromKey), from, boxOf(layout, toKey), to), ids);
        }
    }

    private static Layout.StepBox boxOf(Layout layout, String key) {
        return layout.steps().stream().filter(b -> Objects.equals(b.step().key(), key)).findFirst().orElseThrow();
    }

    /** Events are circles in BPMN: a wait drawn as a box by Baton becomes a circle at the box's centre. */
    private static Box fitted(Layout.StepBox box, String element) {
        if (element.endsWith("Event") && (box.width() != Layout.EVENT || box.height() != Layout.EVENT)) {
            return new Box(box.centerX() - Layout.EVENT / 2, box.centerY() - Layout.EVENT / 2, Layout.EVENT, Layout.EVENT);
        }
        return new Box(box.x(), box.y(), box.width(), box.height());
    }

    /** The layout's path, its ends moved onto the shapes where a shape is smaller than the layout's box. */
    private static List<Layout.Point> points(Layout.Flow path, Layout.StepBox fromBox, Box from, Layout.StepBox toBox, Box to) {
        if (path == null || path.points().size() < 2) {
            return List.of(new Layout.Point(from.x() + from.width(), from.y() + from.height() / 2),
                    new Layout.Point(to.x(), to.y() + to.height() / 2));
        }
        List<Layout.Point> points = new ArrayList<>(path.points());
        points.set(0, onto(points.get(0), fromBox, from));
        points.set(points.size() - 1, onto(points.get(points.size() - 1), toBox, to));
        return points;
    }

    private static Layout.Point onto(Layout.Point p, Layout.StepBox box, Box shape) {
        int x = p.x() == box.x() ? shape.x() : p.x() == box.x() + box.width() ? shape.x() + shape.width() : p.x();
        int y = p.y() == box.y() ? shape.y() : p.y() == box.y() + box.height() ? shape.y() + shape.height() : p.y();
        return new Layout.Point(x, y);
    }

    private static Element shape(Element plane, String element, Box box, BpmnIds ids) {
        Element shape = Dom.add(plane, Bpmn.BPMNDI, "bpmndi:BPMNShape");
        shape.setAttribute("id", ids.next(element + "_di"));
        shape.setAttribute("bpmnElement", element);
        bounds(shape, box);
        return shape;
    }

    private static void edge(Element plane, FlowPlan.Flow flow, List<Layout.Point> points, BpmnIds ids) {
        Element edge = Dom.add(plane, Bpmn.BPMNDI, "bpmndi:BPMNEdge");
        edge.setAttribute("id", ids.next(flow.id() + "_di"));
        edge.setAttribute("bpmnElement", flow.id());
        for (Layout.Point p : points) {
            Element waypoint = Dom.add(edge, Bpmn.DI, "di:waypoint");
            waypoint.setAttribute("x", Integer.toString(p.x()));
            waypoint.setAttribute("y", Integer.toString(p.y()));
        }
        if (flow.name() != null) {
            // Branches leave a gate from one point, so each label goes beside its own turn, or above the middle of a straight flow.
            int width = Math.min(220, Math.max(20, flow.name().length() * 6 + 10));
            Layout.Point at = points.size() > 2
                    ? new Layout.Point((points.get(1).x() + points.get(2).x()) / 2 + 6, (points.get(1).y() + points.get(2).y()) / 2 - 7)
                    : new Layout.Point((points.get(0).x() + points.get(1).x()) / 2 - width / 2, points.get(0).y() - 20);
            label(edge, new Box(at.x(), at.y(), width, 14));
        }
    }

    private static void label(Element owner, Box box) {
        bounds(Dom.add(owner, Bpmn.BPMNDI, "bpmndi:BPMNLabel"), box);
    }

    private static void bounds(Element owner, Box box) {
        Element bounds = Dom.add(owner, Bpmn.DC, "dc:Bounds");
        bounds.setAttribute("x", Integer.toString(box.x()));
        bounds.setAttribute("y", Integer.toString(box.y()));
        bounds.setAttribute("width", Integer.toString(box.width()));
        bounds.setAttribute("height", Integer.toString(box.height()));
    }
}
