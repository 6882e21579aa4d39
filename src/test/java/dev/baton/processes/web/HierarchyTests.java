package dev.baton.processes.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hierarchy puts each document under its parent and loses none, even one whose parent is missing. */
class HierarchyTests {

    private static ProcessSummary doc(String key, String level, String parent) {
        return new ProcessSummary(key, key, level, parent, "sdr", "workflow", null);
    }

    @Test
    void documentsStandUnderTheirParentsAndTheRestAtTheTop() {
        List<Hierarchy.Node> roots = Hierarchy.of(List.of(doc("revenue", "L1", null), doc("sales", "L2", "revenue"),
                doc("leads", "L2", "revenue"), doc("call", "L3", "leads"), doc("orphan", "L3", "gone"), doc("a", "L3", "b"),
                doc("b", "L3", "a")), Map.of("sdr", "SDR"), Map.of("call", "draft"));

        assertThat(roots).extracting(n -> n.document().key()).containsExactly("revenue", "orphan", "a");
        Hierarchy.Node revenue = roots.getFirst();
        assertThat(revenue.children()).extracting(n -> n.document().key()).containsExactly("sales", "leads");
        Hierarchy.Node call = revenue.children().get(1).children().getFirst();
        assertThat(call.document().key()).isEqualTo("call");
        assertThat(call.ownerName()).isEqualTo("SDR");
        assertThat(call.state()).isEqualTo("draft");
        assertThat(roots.get(2).children()).extracting(n -> n.document().key()).containsExactly("b");
    }
}
