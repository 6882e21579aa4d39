package dev.baton.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Process documents through the API, as their owners write and sign them off. */
public final class Documents {

    private Documents() {
    }

    /**
     * Writes a document (YAML) and takes it through review, approval and publication as {@code who}
     * (its accountable stakeholder), asserting each step went through; returns the version's path.
     */
    public static String publish(Http who, String yaml) {
        return publish(who, yaml, Map.of());
    }

    /** The same, with what the approver says ({@code {"comment": …}}). */
    public static String publish(Http who, String yaml, Map<String, String> approval) {
        Http.Reply written = who.send("POST", "/api/v1/processes", "application/yaml", yaml);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String path = "/api/v1/processes/" + written.json().get("document").asString() + "/versions/"
                + written.json().get("id").asString();
        Http.Reply review = who.post(path + "/review");
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        Http.Reply approved = who.post(path + "/approve", approval);
        assertThat(approved.json().get("state").asString()).as(approved.toString()).isEqualTo("approved");
        Http.Reply published = who.post(path + "/publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return path;
    }

    /**
     * The head of a process document whose steps Baton runs alone: its key, name and level, the
     * parent it sits under (or none), the owning role (also its accountable stakeholder), its kind
     * and one system lane; the steps follow, as a YAML list from the first column.
     */
    public static String head(String key, String name, String level, String parent, String owner, String kind) {
        return "key: " + key + "\nname: " + name + "\nlevel: " + level + "\n" + (parent == null ? "" : "parent: " + parent + "\n")
                + "owner: " + owner + "\nkind: " + kind + """

                stakeholders:
                - role: %s
                  raci: A
                lanes:
                - key: system
                  name: Baton
                  kind: system
                steps:
                """.formatted(owner);
    }
}
