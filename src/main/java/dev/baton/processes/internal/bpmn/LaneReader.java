package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads a process's lanes: a lane Baton wrote keeps its key and kind, any other becomes a role lane
 * keyed after its name. Nested lanes are flattened to their innermost lanes.
 *
 * @param lanes  the document's lanes, in the file's order
 * @param laneOf the lane key of each flow node, by the node's id
 */
record LaneReader(List<Lane> lanes, Map<String, String> laneOf) {

    static LaneReader read(Element process, ImportReport report) {
        LaneReader read = new LaneReader(new ArrayList<>(), new HashMap<>());
        Slugs keys = new Slugs();
        List<Element> laneSets = Dom.children(process, Bpmn.MODEL, "laneSet");
        for (int i = 0; i < laneSets.size(); i++) {
            if (i == 0) {
                read.laneSet(laneSets.get(i), keys, report);
            } else {
                Unmapped.report(report, laneSets.get(i));
            }
        }
        return new LaneReader(List.copyOf(read.lanes), Map.copyOf(read.laneOf));
    }

    private void laneSet(Element laneSet, Slugs keys, ImportReport report) {
        for (Element lane : Dom.children(laneSet, Bpmn.MODEL, "lane")) {
            Element inner = Dom.child(lane, Bpmn.MODEL, "childLaneSet");
            if (inner != null && !Dom.children(inner, Bpmn.MODEL, "lane").isEmpty()) {
                report.notMapped(lane, "Baton's lanes do not nest: the lanes inside it became lanes of their own");
                laneSet(inner, keys, report);
                continue;
            }
            Element ext = BatonExtension.find(lane, "lane");
            String key;
            if (ext != null) {
                key = Dom.attr(ext, "key");
                keys.reserve(key);
                if (!"true".equals(Dom.attr(ext, "unlisted"))) {
                    lanes.add(new Lane(key, Dom.attr(lane, "name"), Dom.attr(ext, "kind")));
                }
            } else {
                String name = NodeReader.words(Dom.attr(lane, "name"));
                key = keys.next(name, Dom.attr(lane, "id"));
                lanes.add(new Lane(key, name, Lane.ROLE));
                Unmapped.parts(report, lane);
            }
            for (Element ref : Dom.children(lane, Bpmn.MODEL, "flowNodeRef")) {
                if (key != null) {
                    laneOf.putIfAbsent(ref.getTextContent().strip(), key);
                }
            }
        }
    }
}
