package dev.baton.processes.internal.lint;

import dev.baton.processes.Lane;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks run on a process document on every save: errors block review, warnings are shown. The
 * problems come in document order (the header, glossary, stakeholders, lanes, then step by step),
 * and a half-written document — nulls anywhere, duplicate keys, references to nothing — is checked
 * as far as it goes, never refused with an exception. The rule codes are listed in the package's
 * documentation.
 */
public final class Lint {

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ProcessDocument document;
    private final Workspace workspace;
    private final Findings findings = new Findings();

    private Lint(ProcessDocument document, Workspace workspace) {
        this.document = document;
        this.workspace = workspace;
    }

    public static List<LintProblem> check(ProcessDocument document, Workspace workspace) {
        if (document == null) {
            return List.of(LintProblem.error("document-missing", "yaml", null, "There is no document to check."));
        }
        Objects.requireNonNull(workspace, "lint needs a workspace to look up roles, fields and documents");
        Lint lint = new Lint(document, workspace);
        lint.header();
        lint.glossary();
        lint.stakeholders();
        lint.lanes();
        new Steps(document, workspace, lint.findings).check();
        return lint.findings.list();
    }

    private void header() {
        String key = document.key();
        if (Findings.blank(key)) {
            findings.error("key-missing", "key", null, "The document has no key: give it one of lower-case words joined by dashes, "
                    + "such as \"lead-management\".");
        } else if (!KEY.matcher(key).matches()) {
            findings.error("key-format", "key", null, "The key " + Findings.quote(key)
                    + " must be lower-case letters and digits in words joined by single dashes, such as \"lead-management\".");
        }
        if (Findings.blank(document.name())) {
            findings.error("name-missing", "name", null, "The document has no name: say what the process is, such as \"Lead Management\".");
        }
        if (!Findings.oneOf(ProcessDocument.LEVELS, document.level())) {
            findings.error("level-invalid", "level", null, (document.level() == null ? "The document has no level"
                    : "The level " + Findings.quote(document.level()) + " is not a level") + ": use L1 (the value chain), L2, L3 or L4 (a single procedure).");
        }
        new Ancestry(document, workspace, findings).check();
        if (Findings.blank(document.owner())) {
            findings.error("owner-missing", "owner", null, "The document has no owner: name the org-chart role that owns the process.");
        } else if (workspace.roleKind(document.owner()).isEmpty()) {
            findings.error("owner-unknown", "owner", null, "The owner " + Findings.quote(document.owner())
                    + " is not a role of the org chart: name one of its roles, such as \"marketing-manager\".");
        }
        if (!Findings.oneOf(ProcessDocument.KINDS, document.kind())) {
            findings.error("kind-invalid", "kind", null, (document.kind() == null ? "The document has no kind"
                    : "The kind " + Findings.quote(document.kind()) + " is not known")
                    + ": use \"workflow\" (one instance per record) or \"campaign\" (many people at once).");
        }
    }

    private void glossary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < document.glossary().size(); i++) {
            String term = document.glossary().get(i);
            String where = "glossary[" + i + "]";
            if (!seen.add(term)) {
                findings.warning("glossary-term-duplicate", where, null, "The glossary term " + Findings.quote(term) + " is listed twice.");
            } else if (!workspace.termExists(term)) {
                findings.error("glossary-term-unknown", where, null, "The glossary term " + Findings.quote(term)
                        + " is not in the workspace glossary: add it there or remove it from the document's glossary.");
            }
        }
    }

    private void stakeholders() {
        for (int i = 0; i < document.stakeholders().size(); i++) {
            Stakeholder stakeholder = document.stakeholders().get(i);
            String where = "stakeholders[" + i + "]";
            if (workspace.roleKind(stakeholder.role()).isEmpty()) {
                findings.error("stakeholder-role-unknown", where + ".role", null, "The stakeholder " + Findings.quote(stakeholder.role())
                        + " is not a role of the org chart: name one of its roles.");
            }
            String raci = stakeholder.raci();
            if (Findings.blank(raci) || !raci.strip().matches("[RACI]+")) {
                findings.warning("stakeholder-raci-invalid", where + ".raci", null, "The RACI letters " + Findings.quote(raci) + " of "
                        + Findings.quote(stakeholder.role()) + " must be one or more of R (responsible), A (accountable), C (consulted) "
                        + "and I (informed), such as \"A\" or \"RA\".");
            }
        }
    }

    private void lanes() {
        Set<String> used = new HashSet<>();
        for (Step step : document.steps()) {
            used.add(step.lane());
            used.addAll(step.shared());
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < document.lanes().size(); i++) {
            Lane lane = document.lanes().get(i);
            String where = "lanes[" + i + "]";
            String named = lane.name() == null ? Findings.quote(lane.key()) : "\"" + lane.name() + "\" (" + lane.key() + ")";
            if (Findings.blank(lane.key())) {
                findings.error("lane-key-missing", where + ".key", null, "The lane " + (lane.name() == null ? "at " + where : named)
                        + " has no key: for a role lane, use the role's key.");
                continue;
            }
            if (!seen.add(lane.key())) {
                findings.error("lane-duplicate", where + ".key", null, "The lane key " + Findings.quote(lane.key())
                        + " is used by more than one lane: give each lane its own key.");
            }
            if (!Findings.oneOf(Lane.KINDS, lane.kind())) {
                findings.error("lane-kind-unknown", where + ".kind", null, "The lane " + named + " has " + (lane.kind() == null ? "no kind"
                        : "the kind " + Findings.quote(lane.kind())) + ": use role, persona, external or system.");
            } else if (lane.isRole() && workspace.roleKind(lane.key()).isEmpty()) {
                findings.error("lane-role-unknown", where + ".key", null, "The role lane " + named
                        + " is not a role of the org chart: use a role's key, or make it a persona, external or system lane.");
            }
            if (!used.contains(lane.key())) {
                findings.warning("lane-unused", where, null, "No step is in the lane " + named + ": put a step in it or remove it.");
            }
        }
    }

    /** The lane a key names, for the steps' checks. */
    static Optional<Lane> lane(ProcessDocument document, String key) {
        return key == null ? Optional.empty() : document.lane(key);
    }

    static String laneName(ProcessDocument document, String key) {
        return lane(document, key).map(l -> Findings.blank(l.name()) ? l.key() : l.name()).orElse(String.valueOf(key));
    }

    static List<String> laneNames(ProcessDocument document, List<String> keys) {
        List<String> names = new ArrayList<>();
        keys.forEach(k -> names.add(laneName(document, k)));
        return names;
    }
}
