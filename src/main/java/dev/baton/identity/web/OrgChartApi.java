package dev.baton.identity.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.identity.internal.OrgChart;
import dev.baton.identity.internal.OrgChartSvg;

@RestController
@RequestMapping("/api/v1/org-chart")
@Tag(name = "Org chart", description = "Roles by reporting line, with who wears each")
class OrgChartApi {

    private final OrgChart orgChart;

    OrgChartApi(OrgChart orgChart) {
        this.orgChart = orgChart;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('identity.read')")
    OrgChart.Chart chart() {
        return orgChart.build();
    }

    @GetMapping(value = "/svg", produces = "image/svg+xml")
    @PreAuthorize("hasAuthority('identity.read')")
    @Operation(summary = "The org chart drawn as SVG")
    ResponseEntity<String> svg() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(OrgChartSvg.draw(orgChart.build()));
    }
}
