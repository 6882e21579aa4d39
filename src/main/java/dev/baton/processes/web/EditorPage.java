package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.processes.DocumentState;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Drafts;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor of a draft: the document written as an ordered list of steps, the swimlane diagram and
 * the lint beside it redrawn from the form as the person types (nothing is saved until Save), and the
 * buttons that add, remove and move steps, lanes, stakeholders and branches.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class EditorPage {

    private final DocumentLibrary library;
    private final Drafts drafts;
    private final EditorView view;
    private final Identity identity;

    EditorPage(DocumentLibrary library, Drafts drafts, EditorView view, Identity identity) {
        this.library = library;
        this.drafts = drafts;
        this.view = view;
        this.identity = identity;
    }

    @GetMapping("/processes/{key}/edit")
    String edit(@PathVariable String key, @RequestParam(name = "v", defaultValue = "latest") String ref, Model model) {
        ProcessVersion version = library.version(key, ref);
        if (!DocumentState.DRAFT.equals(version.state())) {
            return "redirect:/processes/" + key + "?v=" + version.id() + "&locked";
        }
        view.editor(model, version, DocumentForm.of(version), List.of());
        return "processes/editor";
    }

    /** The diagram and lint of the form as it stands, for htmx to put beside it; nothing is saved. */
    @PostMapping("/processes/{key}/edit/preview")
    String preview(@PathVariable String key, @RequestParam("v") String ref, DocumentForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (htmx == null) {
            return page(key, ref, form, List.of(), model);
        }
        view.preview(model, key, form.document());
        model.addAttribute("form", form);
        return "processes/editor :: preview-response";
    }

    /** Adds, removes or moves a step, lane, stakeholder or branch in the form (not saved), and shows the form again. */
    @PostMapping("/processes/{key}/edit/form")
    String change(@PathVariable String key, @RequestParam("v") String ref, DocumentForm form,
            @RequestParam(required = false) String op, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String view = page(key, ref, FormEdit.apply(form, op), List.of(), model);
        return htmx == null ? view : "processes/editor :: editor";
    }

    @PostMapping("/processes/{key}/edit")
    String save(@PathVariable String key, @RequestParam("v") String ref, DocumentForm form, Model model) {
        try {
            ProcessVersion saved = drafts.save(key, ref, form.document(), form.title(), form.rowVersion(), Pages.me(identity));
            return "redirect:/processes/" + key + "/edit?v=" + saved.id() + "&saved";
        } catch (InvalidInputException e) {
            return page(key, ref, form, e.problems(), model);
        } catch (StaleVersionException e) {
            return page(key, ref, form, List.of(new FieldProblem("draft", null, "was saved by someone else while you were writing. "
                    + "Open it again to see their change, then make yours.")), model);
        } catch (ConflictException e) {
            return page(key, ref, form, List.of(new FieldProblem("draft", null, e.getMessage())), model);
        }
    }

    private String page(String key, String ref, DocumentForm form, List<FieldProblem> problems, Model model) {
        view.editor(model, library.version(key, ref), form, problems);
        return "processes/editor";
    }
}
