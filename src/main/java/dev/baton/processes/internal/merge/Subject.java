package dev.baton.processes.internal.merge;

/** What part of a process document a change or a conflict is about. */
public enum Subject {
    DOCUMENT("Document"),
    LANE("Lane"),
    STAKEHOLDER("Stakeholder"),
    GLOSSARY("Glossary term"),
    STEP("Step"),
    BRANCH("Branch");

    private final String label;

    Subject(String label) {
        this.label = label;
    }

    /** How a person calls it: "Step", "Glossary term". */
    public String label() {
        return label;
    }
}
