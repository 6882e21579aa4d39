package dev.baton.activities.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.activities.internal.NoteTemplates;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** Settings: the note templates and a form for a new one, one field per line. */
@Controller
class NoteTemplatePages {

    private final NoteTemplates templates;

    NoteTemplatePages(NoteTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/settings/note-templates")
    @PreAuthorize("hasAuthority('settings.manage')")
    String show(Model model) {
        model.addAttribute("templates", templates.all());
        return "activities/note-templates";
    }

    /** Fields are written one per line: {@code key | Label | type [| option, option]}, a trailing * for required. */
    @PostMapping("/settings/note-templates")
    @PreAuthorize("hasAuthority('settings.manage')")
    String create(@RequestParam String name, @RequestParam(required = false) String description, @RequestParam String fields,
            Model model) {
        List<NoteTemplates.TemplateField> parsed = new ArrayList<>();
        for (String line : fields.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            String key = parts[0].trim();
            boolean required = key.endsWith("*");
            key = required ? key.substring(0, key.length() - 1).trim() : key;
            String label = parts.length > 1 ? parts[1].trim() : key;
            String type = parts.length > 2 ? parts[2].trim() : "text";
            List<String> options = parts.length > 3 ? List.of(parts[3].split(",")).stream().map(String::trim).toList() : null;
            parsed.add(new NoteTemplates.TemplateField(key, label, type, options, required));
        }
        try {
            templates.create(name, description, parsed);
            return "redirect:/settings/note-templates?added";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("problems", List.of(new FieldProblem("name", name, e.getMessage())));
        }
        return show(model);
    }
}
