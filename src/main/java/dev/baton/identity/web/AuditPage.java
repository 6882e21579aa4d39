package dev.baton.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.platform.api.CursorPage;
import dev.baton.platform.audit.AuditTrail;

@Controller
class AuditPage {

    private final AuditTrail audit;

    AuditPage(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit.read')")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", audit.entries(null, null, cursor, CursorPage.DEFAULT_LIMIT));
        return "identity/audit";
    }
}
