package dev.baton.processes.internal.diagram;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import dev.baton.processes.internal.Layout;
import dev.baton.processes.internal.Layout.Flow;
import dev.baton.processes.internal.Layout.LaneBox;
import dev.baton.processes.internal.Layout.StepBox;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The swimlane diagram of a process document, drawn from its {@link Layout} on any canvas: the lanes
 * with their names, the flows, the steps on top, and a legend strip underneath.
 */
final class Swimlanes {

    private final ProcessDocument document;
    private final Layout layout;
    private final Set<String> flagged;

    Swimlanes(ProcessDocument document, Set<String> flagged) {
        this.document = document == null ? empty() : document;
        this.layout = Layout.of(this.document);
        // A mutable set, because an immutable one refuses to be asked about the null key of a half-written step.
        this.flagged = flagged == null ? new HashSet<>() : new HashSet<>(flagged);
    }

    /** What is drawn for a missing document: one empty lane. */
    private static ProcessDocument empty() {
        return new ProcessDocument(null, null, null, null, null, null, null, null, null, null, null);
    }

    int width() {
        return layout.width();
    }

    /** The layout's height and the legend strip under it. */
    int height() {
        return layout.height() + Legend.HEIGHT;
    }

    String title() {
        String name = StepFigure.blank(document.name()) ? document.key() : document.name();
        return (StepFigure.blank(name) ? "Process" : name) + " \u2014 swimlane diagram";
    }

    void draw(Canvas canvas) {
        layout.lanes().forEach(lane -> drawLane(canvas, lane));
        if (layout.steps().isEmpty()) {
            LaneBox first = layout.lanes().get(0);
            canvas.text(Layout.HEADER + (first.width() - Layout.HEADER) / 2.0, first.y() + first.height() / 2.0 + 4, "No steps yet",
                    Palette.CAPTION);
        }
        layout.flows().forEach(flow -> FlowFigure.draw(canvas, flow));
        Set<String> leavingDown = leavingDown();
        Step first = document.steps().isEmpty() ? null : document.steps().get(0);
        for (StepBox box : layout.steps()) {
            String key = box.step().key();
            StepFigure.draw(canvas, box, Shape.of(box.step(), box.step() == first), flagged.contains(key), leavingDown.contains(key));
        }
        Legend.draw(canvas, layout.height(), layout.width(), new Legend.Shown(
                layout.flows().stream().anyMatch(f -> !f.handoff() && !f.loop()),
                layout.flows().stream().anyMatch(f -> f.handoff() && !f.loop()),
                layout.flows().stream().anyMatch(Flow::loop),
                layout.steps().stream().anyMatch(b -> flagged.contains(b.step().key()))));
    }

    private void drawLane(Canvas canvas, LaneBox box) {
        String kind = box.lane().kind();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("lane", box.lane().key() == null ? "" : box.lane().key());
        data.put("lane-kind", kind == null ? "" : kind);
        canvas.open(Group.of(data));
        canvas.rect(box.x(), box.y(), Layout.HEADER, box.height(), 0, Style.fill(Palette.header(kind)));
        canvas.rect(box.x() + Layout.HEADER, box.y(), box.width() - Layout.HEADER, box.height(), 0, Style.fill(Palette.row(kind)));
        canvas.rect(box.x(), box.y(), box.width(), box.height(), 0, Style.line(Palette.LANE_BORDER, 1));
        canvas.polyline(new double[] {box.x() + Layout.HEADER, box.y(), box.x() + Layout.HEADER, box.y() + box.height()},
                Style.line(Palette.LANE_BORDER, 1));
        String name = StepFigure.blank(box.lane().name()) ? box.lane().key() : box.lane().name();
        String caption = Palette.kindCaption(kind);
        TextStyle type = Palette.LANE_NAME;
        List<String> lines = TextFit.wrap(name, Layout.HEADER - 16, type, 3);
        double block = lines.size() * type.leading() + (caption.isEmpty() ? 0 : Palette.LANE_KIND.leading());
        double top = box.y() + (box.height() - block) / 2;
        double x = box.x() + Layout.HEADER / 2.0;
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(x, top + i * type.leading() + type.size() * 0.95, lines.get(i), type);
        }
        if (!caption.isEmpty()) {
            canvas.text(x, top + lines.size() * type.leading() + Palette.LANE_KIND.size() * 1.1, caption, Palette.LANE_KIND);
        }
        canvas.close();
    }

    /** The gateways a flow leaves from the bottom corner of, whose names then move aside. */
    private Set<String> leavingDown() {
        Map<String, StepBox> boxes = new LinkedHashMap<>();
        layout.steps().forEach(b -> boxes.putIfAbsent(b.step().key(), b));
        Set<String> keys = new HashSet<>();
        for (Flow flow : layout.flows()) {
            StepBox from = boxes.get(flow.from());
            if (from != null && flow.points().get(0).y() == from.y() + from.height()) {
                keys.add(flow.from());
            }
        }
        return keys;
    }
}
