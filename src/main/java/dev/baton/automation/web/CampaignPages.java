package dev.baton.automation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.automation.internal.FailedEnrollments;
import dev.baton.automation.internal.JourneyBook;
import dev.baton.identity.Permission;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.web.NavItem;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Processes;

/**
 * The campaigns on the journey runner: a list with how many people are in each and have finished, and
 * one campaign's counts per step of every version people are on, which the page fetches again every
 * few seconds so they move while people run through. Pause, resume and sending the people of a failed
 * step through it again need marketing.manage.
 */
@Controller
@PreAuthorize("hasAuthority('contacts.read')")
class CampaignPages {

    private final JourneyBook book;
    private final FailedEnrollments failed;
    private final Processes processes;

    CampaignPages(JourneyBook book, FailedEnrollments failed, Processes processes) {
        this.book = book;
        this.failed = failed;
        this.processes = processes;
    }

    @Bean
    static NavItem campaignsNav() {
        return new NavItem("Campaigns", "/campaigns", Permission.CONTACTS_READ.code(), 50);
    }

    @GetMapping("/campaigns")
    String list(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<CampaignFigures> campaigns = book.keys().stream().map(book::status).flatMap(Optional::stream)
                .map(j -> CampaignFigures.of(j, Map.of())).toList();
        model.addAttribute("campaigns", campaigns);
        return htmx != null ? "automation/campaigns :: rows" : "automation/campaigns";
    }

    @GetMapping("/campaigns/{key}")
    String show(@PathVariable String key, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var journey = book.status(key).orElseThrow(() -> new NotFoundException("campaign", key));
        // the journey of a published campaign document has the document's key
        Optional<ProcessVersion> document = processes.published(key).filter(v -> "campaign".equals(v.body().kind()));
        Map<String, String> names = new HashMap<>();
        document.ifPresent(v -> v.body().steps().stream().filter(s -> s.key() != null && s.name() != null)
                .forEach(s -> names.putIfAbsent(s.key(), s.name())));
        model.addAttribute("campaign", CampaignFigures.of(journey, names));
        model.addAttribute("document", document.orElse(null));
        return htmx != null ? "automation/campaign :: counts" : "automation/campaign";
    }

    @PostMapping("/campaigns/{key}/pause")
    @PreAuthorize("hasAuthority('marketing.manage')")
    String pause(@PathVariable String key) {
        book.setStatus(key, "paused");
        return "redirect:/campaigns/" + key + "?paused";
    }

    /** Sends the people held at a failed step (or at every failed step) through it again; htmx gets the counts back. */
    @PostMapping("/campaigns/{key}/failed/retry")
    @PreAuthorize("hasAuthority('marketing.manage')")
    String retryFailed(@PathVariable String key, @RequestParam(required = false) String step,
            @RequestParam(required = false) Integer version, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        int retried = failed.retry(key, step == null || step.isBlank() ? null : step, version);
        if (htmx == null) {
            return "redirect:/campaigns/" + key + "?retried=" + retried;
        }
        model.addAttribute("retried", retried);
        return show(key, htmx, model);
    }

    @PostMapping("/campaigns/{key}/resume")
    @PreAuthorize("hasAuthority('marketing.manage')")
    String resume(@PathVariable String key) {
        book.setStatus(key, "active");
        return "redirect:/campaigns/" + key + "?resumed";
    }
}
