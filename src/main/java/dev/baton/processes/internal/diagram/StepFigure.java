package dev.baton.processes.internal.diagram;

import dev.baton.processes.Step;
import dev.baton.processes.internal.Layout;
import dev.baton.processes.internal.Layout.StepBox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step drawn in its BPMN shape: work as a rounded box with its name inside and a marker for who
 * does it, events and gateways with their name underneath. A flagged step gets a red outline.
 */
final class StepFigure {

    private static final double RADIUS = 10;
    private static final double INNER_RING = 3.5;
    private static final double MARGIN = 10;

    private StepFigure() {
    }

    /**
     * Draws the step. {@code nameAside} moves an event's or gateway's name to the right of the line
     * that leaves from its bottom, which would otherwise run through it.
     */
    static void draw(Canvas canvas, StepBox box, Shape shape, boolean flagged, boolean nameAside) {
        Step step = box.step();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("step", step.key() == null ? "" : step.key());
        data.put("shape", shape.id());
        if (flagged) {
            data.put("flagged", "true");
        }
        canvas.open(new Group(data, Tooltip.of(step, shape), link(step, shape)));
        String stroke = flagged ? Palette.FLAGGED : Palette.OUTLINE;
        double width = flagged ? Palette.FLAGGED_WIDTH : Palette.OUTLINE_WIDTH;
        double cx = box.x() + box.width() / 2.0;
        double cy = box.y() + box.height() / 2.0;
        double r = Math.min(box.width(), box.height()) / 2.0;
        switch (shape) {
            case START_EVENT -> canvas.circle(cx, cy, r, Style.filled(Palette.START_FILL, stroke, width));
            case GOAL_EVENT, TIMER_EVENT -> {
                canvas.circle(cx, cy, r, Style.filled(Palette.SHAPE_FILL, stroke, width));
                canvas.circle(cx, cy, r - INNER_RING, Style.line(Palette.OUTLINE, 1.2));
                if (shape == Shape.TIMER_EVENT) {
                    Markers.clock(canvas, cx, cy, r - INNER_RING - 4);
                }
            }
            case END_EVENT -> canvas.circle(cx, cy, r, Style.filled(Palette.END_FILL, stroke, Math.max(width, Palette.END_WIDTH)));
            case EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY -> {
                double[] diamond = {cx, box.y(), box.x() + box.width(), cy, cx, box.y() + box.height(), box.x(), cy};
                canvas.polygon(diamond, Style.filled(Palette.GATE_FILL, stroke, width));
                if (shape == Shape.EXCLUSIVE_GATEWAY) {
                    Markers.cross(canvas, cx, cy);
                } else {
                    Markers.plus(canvas, cx, cy);
                }
            }
            default -> drawWork(canvas, box, shape, Style.filled(Palette.SHAPE_FILL, stroke, width));
        }
        if (shape.labelledBelow()) {
            drawNameBelow(canvas, box, shape, nameAside);
        }
        canvas.close();
    }

    private static void drawWork(Canvas canvas, StepBox box, Shape shape, Style outline) {
        canvas.rect(box.x(), box.y(), box.width(), box.height(), RADIUS, outline);
        boolean marked = shape == Shape.USER_TASK || shape == Shape.SERVICE_TASK;
        if (shape == Shape.USER_TASK) {
            Markers.user(canvas, box.x() + 6, box.y() + 5);
        } else if (shape == Shape.SERVICE_TASK) {
            Markers.gear(canvas, box.x() + 13, box.y() + 12);
        } else if (shape == Shape.SUBPROCESS) {
            Markers.expand(canvas, box.x() + box.width() / 2.0, box.y() + box.height() - 15);
        }
        TextStyle type = Palette.STEP_NAME;
        // Room to spare either side, for a viewer that sets the text in a font wider than Helvetica.
        List<String> lines = TextFit.wrap(name(box.step()), box.width() - 2 * MARGIN, type, 3);
        double top = box.y() + (marked ? 17 : 4);
        double bottom = box.y() + box.height() - (shape == Shape.SUBPROCESS ? 16 : 4);
        double block = lines.size() * type.leading();
        double blockTop = Math.max(top, Math.min(box.y() + box.height() / 2.0 - block / 2, bottom - block));
        drawLines(canvas, lines, box.x() + box.width() / 2.0, blockTop, type);
    }

    private static void drawNameBelow(Canvas canvas, StepBox box, Shape shape, boolean aside) {
        TextStyle type = aside ? Palette.EVENT_NAME.anchored(TextStyle.Anchor.START) : Palette.EVENT_NAME;
        double x = aside ? box.x() + box.width() / 2.0 + 7 : box.x() + box.width() / 2.0;
        double room = aside ? Layout.COLUMN / 2.0 - 16 : Layout.COLUMN - 3 * MARGIN;
        String caption = caption(box.step(), shape);
        double top = box.y() + box.height() + 3;
        // As many lines as the lane has room for under the shape, one of them kept for the caption.
        int fit = Math.max(1, (int) (((box.laneIndex() + 1) * Layout.ROW - top) / type.leading()));
        List<String> lines = TextFit.wrap(name(box.step()), room, type, caption == null ? fit : Math.max(1, fit - 1));
        drawLines(canvas, lines, x, top, type);
        if (caption != null) {
            TextStyle captionType = Palette.CAPTION.anchored(type.anchor());
            drawLines(canvas, List.of(TextFit.line(caption, room, captionType)), x, top + lines.size() * type.leading(), captionType);
        }
    }

    /** Lines of text, the first one's top at {@code top}, one leading apart. */
    private static void drawLines(Canvas canvas, List<String> lines, double x, double top, TextStyle type) {
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(x, top + i * type.leading() + type.leading() / 2 + type.size() * 0.36, lines.get(i), type);
        }
    }

    /** What a person reads under an event besides its name: how long a wait lasts, how an exit ends. */
    private static String caption(Step step, Shape shape) {
        return switch (shape) {
            case TIMER_EVENT -> blank(step.duration()) ? blank(step.until()) ? null : "until " + step.until() : step.duration();
            case END_EVENT -> blank(step.outcome()) ? null : step.outcome();
            default -> null;
        };
    }

    private static String link(Step step, Shape shape) {
        if (shape != Shape.SUBPROCESS || blank(step.process())) {
            return null;
        }
        String path = URLEncoder.encode(step.process().strip(), StandardCharsets.UTF_8).replace("+", "%20");
        return "/processes/" + path;
    }

    static String name(Step step) {
        return !blank(step.name()) ? step.name() : step.key() == null ? "" : step.key();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
