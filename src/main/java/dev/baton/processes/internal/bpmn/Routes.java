package dev.baton.processes.internal.bpmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Where the flow goes from a step, in steps: each outgoing sequence flow followed past the nodes that
 * became no step (a merging gateway, a thrown event) to the steps it reaches.
 */
final class Routes {

    /** A way out of a step: the sequence flow it leaves by, and the step's node it reaches. */
    record Route(Element flow, String target) {
    }

    private final FlowGraph graph;
    private final Set<String> steps;

    /** {@code steps}: the ids of the nodes that became steps. */
    Routes(FlowGraph graph, Set<String> steps) {
        this.graph = graph;
        this.steps = steps;
    }

    List<Route> from(String node) {
        List<Route> routes = new ArrayList<>();
        for (Element flow : graph.outgoing(node)) {
            for (String target : reached(FlowGraph.target(flow), new HashSet<>())) {
                routes.add(new Route(flow, target));
            }
        }
        return routes;
    }

    /** The nodes a route reaches, in the order of the steps. */
    List<String> targets(String node) {
        return from(node).stream().map(Route::target).distinct().toList();
    }

    private List<String> reached(String node, Set<String> passed) {
        if (steps.contains(node)) {
            return List.of(node);
        }
        if (!passed.add(node)) {
            return List.of();
        }
        List<String> reached = new ArrayList<>();
        for (Element flow : graph.outgoing(node)) {
            reached.addAll(reached(FlowGraph.target(flow), passed));
        }
        return reached;
    }

    /**
     * The steps in flow order: from each start event, then from each step nothing leads to, then from the
     * rest, every step after the steps that lead to it (except along loops), a gate's first branch first.
     */
    List<String> flowOrder(List<String> nodes) {
        Set<String> reachedFromElsewhere = new HashSet<>();
        nodes.forEach(n -> targets(n).stream().filter(t -> !t.equals(n)).forEach(reachedFromElsewhere::add));
        List<String> roots = new ArrayList<>();
        nodes.stream().filter(n -> "startEvent".equals(graph.nodes().get(n).getLocalName())).forEach(roots::add);
        nodes.stream().filter(n -> !reachedFromElsewhere.contains(n)).forEach(roots::add);
        roots.addAll(nodes);
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String root : roots) {
            List<String> postOrder = new ArrayList<>();
            visit(root, seen, postOrder);
            Collections.reverse(postOrder);
            order.addAll(postOrder);
        }
        return order;
    }

    private void visit(String node, Set<String> seen, List<String> postOrder) {
        if (!seen.add(node)) {
            return;
        }
        List<String> next = targets(node);
        for (int i = next.size() - 1; i >= 0; i--) {
            visit(next.get(i), seen, postOrder);
        }
        postOrder.add(node);
    }
}
