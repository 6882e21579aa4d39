package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.processes.DocumentState;
import dev.baton.processes.DocumentYaml;
import dev.baton.processes.ProcessDocument;
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

/** A draft written as its YAML, with the same live diagram and lint beside it as the step editor. */
@Controller
@PreAuthorize("isAuthenticated()")
class YamlEditorPage {

    private final DocumentLibrary library;
    private final Drafts drafts;
    private final EditorView view;
    private final Identity identity;

    YamlEditorPage(DocumentLibrary library, Drafts drafts, EditorView view, Identity identity) {
        this.library = library;
        this.drafts = drafts;
        this.view = view;
        this.identity = identity;
    }

    @GetMapping("/processes/{key}/edit/yaml")
    String edit(@PathVariable String key, @RequestParam(name = "v", defaultValue = "latest") String ref, Model model) {
        ProcessVersion version = library.version(key, ref);
        if (!DocumentState.DRAFT.equals(version.state())) {
            return "redirect:/processes/" + key + "?v=" + version.id() + "&locked";
        }
        return page(version, DocumentYaml.write(version.body()), version.version(), List.of(), model);
    }

    @PostMapping("/processes/{key}/edit/yaml/preview")
    String preview(@PathVariable String key, @RequestParam("v") String ref, @RequestParam String yaml,
            @RequestParam(required = false) Long rowVersion, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if (htmx == null) {
            return page(library.version(key, ref), yaml, rowVersion, List.of(), model);
        }
        preview(key, yaml, model);
        return "processes/editor-yaml :: preview";
    }

    @PostMapping("/processes/{key}/edit/yaml")
    String save(@PathVariable String key, @RequestParam("v") String ref, @RequestParam String yaml,
            @RequestParam(required = false) Long rowVersion, Model model) {
        ProcessVersion version = library.version(key, ref);
        try {
            ProcessVersion saved = drafts.save(key, ref, DocumentYaml.read(yaml), null, rowVersion, Pages.me(identity));
            return "redirect:/processes/" + key + "/edit/yaml?v=" + saved.id() + "&saved";
        } catch (InvalidInputException e) {
            return page(version, yaml, rowVersion, e.problems(), model);
        } catch (StaleVersionException e) {
            return page(version, yaml, rowVersion, List.of(new FieldProblem("draft", null, "was saved by someone else while you "
                    + "were writing. Open it again to see their change, then make yours.")), model);
        } catch (ConflictException e) {
            return page(version, yaml, rowVersion, List.of(new FieldProblem("draft", null, e.getMessage())), model);
        }
    }

    /** The preview of the text; text that does not read as a document shows why instead of a diagram. */
    private void preview(String key, String yaml, Model model) {
        try {
            ProcessDocument document = DocumentYaml.read(yaml);
            view.preview(model, key, document);
            model.addAttribute("unreadable", List.of());
        } catch (InvalidInputException e) {
            model.addAttribute("unreadable", e.problems());
        }
    }

    private String page(ProcessVersion version, String yaml, Long rowVersion, List<FieldProblem> problems, Model model) {
        preview(version.document(), yaml, model);
        model.addAttribute("key", version.document());
        model.addAttribute("version", version);
        model.addAttribute("yaml", yaml);
        model.addAttribute("rowVersion", rowVersion);
        model.addAttribute("problems", problems);
        return "processes/editor-yaml";
    }
}
