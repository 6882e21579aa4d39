package dev.baton.deals.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.deals.internal.Pipelines;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** Settings: pipelines with their stages, and a form for a new pipeline, one stage per line. */
@Controller
class PipelinePages {

    private final Pipelines pipelines;

    PipelinePages(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    @GetMapping("/settings/pipelines")
    @PreAuthorize("hasAuthority('settings.manage')")
    String show(Model model) {
        model.addAttribute("pipelines", pipelines.all());
        return "deals/pipelines";
    }

    /** Stages are written one per line: {@code key | Name | probability [| won or lost]}. */
    @PostMapping("/settings/pipelines")
    @PreAuthorize("hasAuthority('settings.manage')")
    String create(@RequestParam String name, @RequestParam(defaultValue = "EUR") String currency, @RequestParam String stages,
            Model model) {
        List<Pipelines.StageSpec> parsed = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = stages.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split("\\|");
            Integer probability = null;
            try {
                probability = parts.length > 2 ? Integer.valueOf(parts[2].trim()) : null;
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("stages line " + (i + 1), parts[2].trim(), "the probability must be a whole number 0 to 100"));
            }
            parsed.add(new Pipelines.StageSpec(parts[0].trim(), parts.length > 1 ? parts[1].trim() : parts[0].trim(), probability,
                    parts.length > 3 ? parts[3].trim() : "open"));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            pipelines.create(name, currency, parsed);
            return "redirect:/settings/pipelines?added";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("problems", List.of(new FieldProblem("name", name, e.getMessage())));
        }
        return show(model);
    }
}
