package dev.baton.contacts.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.contacts.internal.CustomFieldDirectory;
import dev.baton.contacts.internal.LifecycleStages;
import dev.baton.contacts.internal.Tagging;
import dev.baton.identity.Permission;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.web.NavItem;

/** Settings for contacts: custom fields of people, organisations and deals, the lifecycle stages, the tags in use. */
@Controller
class SettingsPages {

    private final CustomFieldDirectory fields;
    private final LifecycleStages stages;
    private final Tagging tagging;

    SettingsPages(CustomFieldDirectory fields, LifecycleStages stages, Tagging tagging) {
        this.fields = fields;
        this.stages = stages;
        this.tagging = tagging;
    }

    @Bean
    static NavItem settingsNav() {
        return new NavItem("Settings", "/settings", Permission.SETTINGS_MANAGE.code(), 700);
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('settings.manage')")
    String show(Model model) {
        model.addAttribute("fields", fields.all());
        model.addAttribute("stages", stages.all());
        if (!model.containsAttribute("stagesText")) {
            model.addAttribute("stagesText", stages.all().stream().map(s -> s.key() + " | " + s.name())
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        model.addAttribute("tags", tagging.list());
        return "contacts/settings";
    }

    @PostMapping("/settings/custom-fields")
    @PreAuthorize("hasAuthority('settings.manage')")
    String addField(@RequestParam String object, @RequestParam String key, @RequestParam String label, @RequestParam String type,
            @RequestParam(defaultValue = "false") boolean required, @RequestParam(required = false) String options, Model model) {
        List<String> choices = options == null || options.isBlank() ? List.of()
                : Arrays.stream(options.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        try {
            fields.create(new CustomFieldDirectory.FieldSpec(object, key, label, type, required, null, choices));
            return "redirect:/settings?added";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("problems", List.of(new FieldProblem("key", key, e.getMessage())));
        }
        return show(model);
    }

    /** The stages written one per line, {@code key | Name}, in order. */
    @PostMapping("/settings/lifecycle-stages")
    @PreAuthorize("hasAuthority('settings.manage')")
    String replaceStages(@RequestParam String stages, Model model) {
        List<LifecycleStages.StageSpec> specs = stages.lines().filter(line -> !line.isBlank()).map(line -> {
            int bar = line.indexOf('|');
            return bar < 0 ? new LifecycleStages.StageSpec(line.trim(), line.trim())
                    : new LifecycleStages.StageSpec(line.substring(0, bar).trim(), line.substring(bar + 1).trim());
        }).toList();
        try {
            this.stages.replace(specs);
            return "redirect:/settings?stages";
        } catch (InvalidInputException e) {
            model.addAttribute("stageProblems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("stageProblems", List.of(new FieldProblem("stages", null, e.getMessage())));
        }
        model.addAttribute("stagesText", stages);
        return show(model);
    }

    @PostMapping("/settings/tags/rename")
    @PreAuthorize("hasAuthority('settings.manage')")
    String renameTag(@RequestParam String tag, @RequestParam String name, @RequestParam(defaultValue = "false") boolean merge,
            Model model) {
        try {
            tagging.rename(tag, name, merge);
            return "redirect:/settings?tags";
        } catch (InvalidInputException e) {
            model.addAttribute("tagProblems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("tagProblems", List.of(new FieldProblem("name", name, e.getMessage())));
        }
        return show(model);
    }

    @PostMapping("/settings/tags/delete")
    @PreAuthorize("hasAuthority('settings.manage')")
    String deleteTag(@RequestParam String tag) {
        tagging.delete(tag);
        return "redirect:/settings?tags";
    }
}
