package dev.baton.processes.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.internal.Layout;
import dev.baton.processes.internal.Layout.Flow;
import dev.baton.processes.internal.Layout.Point;
import dev.baton.processes.internal.Layout.StepBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lines of the diagram as a reader follows them, checked on the layout every format draws from. */
class FlowLinesTests {

    private final List<ProcessDocument> wellFormed = List.of(Samples.document("lead-management"), OddDocuments.onboarding());

    @Test
    void noLineRunsThroughAShape() {
        List<ProcessDocument> documents = new ArrayList<>(wellFormed);
        documents.addAll(OddDocuments.halfWritten());
        documents.addAll(OddDocuments.random(300, 21));
        for (ProcessDocument document : documents) {
            Layout layout = Layout.of(document);
            for (Flow flow : layout.flows()) {
                for (StepBox box : layout.steps()) {
                    assertThat(crosses(flow.points(), box)).as(document.key() + ": " + flow + " through " + box.step().key()).isFalse();
                }
            }
        }
    }

    @Test
    void everyFlowIsOrthogonalAndEntersItsTargetFromTheLeft() {
        for (ProcessDocument document : wellFormed) {
            Layout layout = Layout.of(document);
            Map<String, StepBox> boxes = layout.steps().stream().collect(Collectors.toMap(b -> b.step().key(), b -> b));
            for (Flow flow : layout.flows()) {
                StepBox to = boxes.get(flow.to());
                assertThat(flow.points().get(flow.points().size() - 1)).as(flow.toString()).isEqualTo(new Point(to.x(), to.centerY()));
                for (int i = 0; i + 1 < flow.points().size(); i++) {
                    Point a = flow.points().get(i);
                    Point b = flow.points().get(i + 1);
                    assertThat(a.x() == b.x() || a.y() == b.y()).as(flow.toString()).isTrue();
                }
            }
        }
    }

    @Test
    void linesToDifferentStepsNeverRunAlongOneAnother() {
        for (ProcessDocument document : wellFormed) {
            List<Flow> flows = Layout.of(document).flows();
            for (Flow one : flows) {
                for (Flow other : flows) {
                    if (one != other && !one.to().equals(other.to())) {
                        assertThat(runAlong(one.points(), other.points())).as(one + " and " + other).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aGatesBranchesLeaveFromDifferentCorners() {
        for (ProcessDocument document : wellFormed) {
            Map<String, List<Point>> starts = Layout.of(document).flows().stream().filter(f -> f.label() != null)
                    .collect(Collectors.groupingBy(Flow::from, Collectors.mapping(f -> f.points().get(0), Collectors.toList())));
            starts.forEach((gate, points) -> assertThat(points).as(gate).doesNotHaveDuplicates());
        }
    }

    /** Whether a stretch of the path passes through the inside of the box (touching its edge is fine). */
    private static boolean crosses(List<Point> path, StepBox box) {
        for (int i = 0; i + 1 < path.size(); i++) {
            Point a = path.get(i);
            Point b = path.get(i + 1);
            double left = Math.min(a.x(), b.x());
            double right = Math.max(a.x(), b.x());
            double top = Math.min(a.y(), b.y());
            double bottom = Math.max(a.y(), b.y());
            if (left < box.x() + box.width() - 1 && right > box.x() + 1 && top < box.y() + box.height() - 1 && bottom > box.y() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether two paths share a stretch of line longer than a point. */
    private static boolean runAlong(List<Point> one, List<Point> other) {
        for (int i = 0; i + 1 < one.size(); i++) {
            for (int j = 0; j + 1 < other.size(); j++) {
                Point a = one.get(i);
                Point b = one.get(i + 1);
                Point c = other.get(j);
                Point d = other.get(j + 1);
                if (a.x() == b.x() && c.x() == d.x() && a.x() == c.x()
                        && overlap(a.y(), b.y(), c.y(), d.y()) || a.y() == b.y() && c.y() == d.y() && a.y() == c.y()
                        && overlap(a.x(), b.x(), c.x(), d.x())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(int a1, int a2, int b1, int b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)) > 0;
    }
}
