package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.processes.ProcessSummary;
import dev.baton.platform.api.FieldProblem;
import dev.baton.processes.Lane;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Step;
import dev.baton.processes.GlossaryTerm;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.GlossaryBook;
import dev.baton.processes.internal.Linting;
import dev.baton.processes.internal.diagram.SvgDiagram;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the editor shows beside a form: the diagram drawn from it, its lint, and the choices its selects offer. */
@Component
class EditorView {

    /** A lint problem with the position of the step it is about in the form, to link to that step's card. */
    record Problem(LintProblem problem, Integer stepIndex) {
    }

    private static final Choices CHOICES = new Choices();
    private static final Pattern STEP_INDEX = Pattern.compile("^steps\\[(\\d+)]");

    private final DocumentLibrary library;
    private final Linting linting;
    private final GlossaryBook glossary;
    private final Identity identity;

    EditorView(DocumentLibrary library, Linting linting, GlossaryBook glossary, Identity identity) {
        this.library = library;
        this.linting = linting;
        this.glossary = glossary;
        this.identity = identity;
    }

    /** The whole editor: the form with its choices, the preview, and the problems of a refused save. */
    void editor(Model model, ProcessVersion version, DocumentForm form, List<FieldProblem> problems) {
        preview(model, version.document(), form.document());
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("action", "/processes/" + version.document() + "/edit");
        List<Role> roles = identity.roles();
        model.addAttribute("roles", roles);
        model.addAttribute("roleKeys", roles.stream().map(Role::key).toList());
        model.addAttribute("roleNames", roles.stream().collect(Collectors.toMap(Role::key, Role::name, (a, b) -> a)));
        List<ProcessSummary> documents = library.summaries();
        model.addAttribute("documents", documents);
        model.addAttribute("documentKeys", documents.stream().map(ProcessSummary::key).filter(k -> !k.equals(version.document())).toList());
        model.addAttribute("documentNames", documents.stream()
                .collect(Collectors.toMap(ProcessSummary::key, d -> d.level() + " " + d.name(), (a, b) -> a)));
        model.addAttribute("terms", glossary.terms().stream().map(GlossaryTerm::key).toList());
        model.addAttribute("levels", ProcessDocument.LEVELS);
        model.addAttribute("kinds", ProcessDocument.KINDS);
        model.addAttribute("laneKinds", Lane.KINDS);
        model.addAttribute("types", Step.TYPES);
        model.addAttribute("outcomes", Step.OUTCOMES);
        model.addAttribute("events", Choices.EVENTS);
        model.addAttribute("actions", Choices.ACTIONS);
    }

    /** The diagram and lint of the document as the form has it now, saved or not. */
    void preview(Model model, String key, ProcessDocument written) {
        ProcessDocument document = new ProcessDocument(key, written.name(), written.level(), written.parent(), written.owner(),
                written.kind(), written.purpose(), written.glossary(), written.stakeholders(), written.lanes(), written.steps());
        List<LintProblem> lint = linting.check(document);
        model.addAttribute("key", key);
        model.addAttribute("choices", CHOICES);
        model.addAttribute("svg", SvgDiagram.render(document, DocumentView.flagged(lint)));
        model.addAttribute("lint", lint.stream().map(p -> new Problem(p, stepIndex(p.where()))).toList());
        model.addAttribute("errorCount", lint.stream().filter(LintProblem::isError).count());
        model.addAttribute("stepKeys", document.steps().stream().map(Step::key).filter(k -> k != null).distinct().toList());
    }

    static Integer stepIndex(String where) {
        Matcher m = STEP_INDEX.matcher(where == null ? "" : where);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
