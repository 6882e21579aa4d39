package dev.baton.processes.internal.sop;

import static dev.baton.processes.internal.sop.StepText.orKey;
import static dev.baton.processes.internal.sop.StepText.present;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import dev.baton.processes.internal.sop.SopPage.Entry;
import dev.baton.processes.internal.sop.SopPage.Exit;
import dev.baton.processes.internal.sop.SopPage.Fact;
import dev.baton.processes.internal.sop.SopPage.Part;
import dev.baton.processes.internal.sop.SopPage.Say;
import dev.baton.processes.internal.sop.SopPage.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the SOP of a process document, and a role's handbook across all published documents, as
 * complete printable XHTML pages (inline CSS, no scripts) that {@link SopPdf} turns into PDF as they are.
 */
public final class SopWriter {

    /** The SOP of one document: who takes part, the procedure as numbered steps in flow order, the exits and the glossary. */
    public String document(ProcessDocument doc, SopContext ctx) {
        Procedure procedure = Procedure.of(doc);
        StepText text = new StepText(procedure, ctx, step -> "step-" + procedure.number(step.key()), false);

        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Level", orKey(doc.level(), "not set"), null));
        if (present(doc.parent())) {
            facts.add(new Fact("Part of", ctx.documentName(doc.parent()), ctx.documentHref(doc.parent())));
        }
        facts.add(new Fact("Owner", present(doc.owner()) ? ctx.roleName(doc.owner()) : "nobody yet", null));
        if (present(doc.kind())) {
            facts.add(new Fact("Runs as", "campaign".equals(doc.kind()) ? "a campaign, for many people at once"
                    : "a workflow, once for each record", null));
        }

        List<Say> stakeholders = doc.stakeholders().stream().map(s -> say(ctx.roleName(s.role()), s)).toList();
        List<Part> lanes = doc.lanes().stream().map(lane -> part(lane, ctx)).toList();
        List<Entry> steps = procedure.steps().stream().map(text::entry).toList();
        List<Exit> exits = procedure.steps().stream().filter(s -> Step.EXIT.equals(s.type()))
                .map(s -> new Exit("step-" + procedure.number(s.key()), procedure.number(s.key()), orKey(s.name(), s.key()),
                        orKey(s.outcome(), "completed")))
                .toList();
        var page = new SopPage.Document(orKey(doc.name(), doc.key()), doc.purpose(), facts, stakeholders, lanes, steps, exits,
                glossary(List.of(doc), ctx));
        return SopTemplates.render("processes/sop-document", Map.of("page", page));
    }

    /**
     * A role's handbook: every step the role performs in the published documents, in each document's
     * flow order with where the work comes from and where it goes, then the glossary of those documents.
     */
    public String role(String roleKey, List<ProcessDocument> published, SopContext ctx) {
        List<Section> sections = new ArrayList<>();
        List<ProcessDocument> used = new ArrayList<>();
        List<Say> stakes = new ArrayList<>();
        for (ProcessDocument doc : published) {
            Procedure procedure = Procedure.of(doc);
            List<Step> mine = procedure.steps().stream().filter(s -> performs(roleKey, s)).toList();
            doc.stakeholders().stream().filter(s -> roleKey.equals(s.role())).findFirst()
                    .ifPresent(s -> stakes.add(say(orKey(doc.name(), doc.key()), s)));
            if (mine.isEmpty()) {
                continue;
            }
            used.add(doc);
            StepText text = new StepText(procedure, ctx,
                    step -> mine.contains(step) ? doc.key() + "-step-" + procedure.number(step.key()) : null, true);
            sections.add(new Section(doc.key(), orKey(doc.name(), doc.key()), doc.purpose(), ctx.documentHref(doc.key()),
                    mine.stream().map(text::entry).toList()));
        }
        SopContext.Role role = ctx.roles().get(roleKey);
        var page = new SopPage.Handbook(ctx.roleName(roleKey), role == null ? null : role.description(), sections, stakes,
                glossary(used, ctx));
        return SopTemplates.render("processes/sop-role", Map.of("page", page));
    }

    private static boolean performs(String roleKey, Step step) {
        return roleKey.equals(step.lane()) || step.shared().contains(roleKey);
    }

    private static Say say(String who, Stakeholder stakeholder) {
        String letters = stakeholder.raci() == null ? "" : stakeholder.raci();
        List<String> words = new ArrayList<>();
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'R' -> words.add("responsible");
                case 'A' -> words.add("accountable");
                case 'C' -> words.add("consulted");
                case 'I' -> words.add("informed");
                default -> {
                }
            }
        }
        return new Say(who, letters, String.join(", ", words), stakeholder.signsOff());
    }

    private static Part part(Lane lane, SopContext ctx) {
        String kind = switch (lane.kind() == null ? "" : lane.kind()) {
            case Lane.ROLE -> "role";
            case Lane.PERSONA -> "the customer";
            case Lane.EXTERNAL -> "an outside party";
            case Lane.SYSTEM -> "a system, working on its own";
            default -> orKey(lane.kind(), "");
        };
        SopContext.Role role = lane.isRole() ? ctx.roles().get(lane.key()) : null;
        String name = present(lane.name()) ? lane.name() : ctx.roleName(lane.key());
        return new Part(name, kind, role == null ? null : role.description());
    }

    /** The terms the documents use, those they list first and then those their gates branch on. */
    private static List<SopContext.Term> glossary(List<ProcessDocument> documents, SopContext ctx) {
        Set<String> keys = new LinkedHashSet<>();
        documents.forEach(d -> keys.addAll(d.glossary()));
        documents.forEach(d -> d.steps().forEach(s -> s.branches().stream().map(Branch::term).filter(StepText::present)
                .forEach(keys::add)));
        return keys.stream().map(key -> {
            SopContext.Term term = ctx.terms().get(key);
            return term != null ? term : new SopContext.Term(key, key, "Not in the glossary yet.", null);
        }).toList();
    }
}
