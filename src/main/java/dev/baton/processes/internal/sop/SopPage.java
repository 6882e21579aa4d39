package dev.baton.processes.internal.sop;

import java.util.List;

/** What the SOP templates show, worded and resolved to names, so that the templates only lay it out. */
public final class SopPage {

    private SopPage() {
    }

    /** A page for one document. */
    public record Document(String title, String purpose, List<Fact> facts, List<Say> stakeholders, List<Part> lanes,
            List<Entry> steps, List<Exit> exits, List<SopContext.Term> glossary) {
    }

    /** A role's handbook. */
    public record Handbook(String role, String description, List<Section> sections, List<Say> stakes,
            List<SopContext.Term> glossary) {
    }

    /** The part of a role's handbook from one document. */
    public record Section(String id, String name, String purpose, String href, List<Entry> steps) {
    }

    /** A labelled fact about a document, linked where it names another one. */
    public record Fact(String label, String text, String href) {
    }

    /** A stakeholder: the role, its RACI letters in words, and whether it signs the document off. */
    public record Say(String who, String raci, String meaning, boolean signsOff) {
    }

    /** A lane: who takes part and as what. */
    public record Part(String name, String kind, String description) {
    }

    /** A numbered step of the procedure. */
    public record Entry(String id, int number, String name, String who, String kind, List<Line> lines) {
    }

    /** One line of a step: "SLA: within 1 business day", "If MQL: go to step 4 (…)". */
    public record Line(String label, String text, String href, String note) {

        static Line of(String label, String text) {
            return new Line(label, text, null, null);
        }
    }

    /** A way the process ends. */
    public record Exit(String id, int number, String name, String outcome) {
    }
}
