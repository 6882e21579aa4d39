package dev.baton.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.platform.api.CursorPage;
import dev.baton.platform.audit.AuditEntry;
import dev.baton.platform.audit.AuditTrail;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who changed what, and when")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit.read')")
    @Operation(summary = "Audit entries, newest first; filter by subjectType (user, role, team, token) and subjectId")
    CursorPage<AuditEntry> entries(@RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return audit.entries(subjectType, subjectId, cursor, CursorPage.limit(limit));
    }
}
