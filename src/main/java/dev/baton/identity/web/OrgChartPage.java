package dev.baton.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.baton.identity.internal.OrgChart;
import dev.baton.identity.internal.OrgChartSvg;

@Controller
class OrgChartPage {

    private final OrgChart orgChart;

    OrgChartPage(OrgChart orgChart) {
        this.orgChart = orgChart;
    }

    @GetMapping(value = "/org-chart.svg", produces = "image/svg+xml")
    @PreAuthorize("hasAuthority('identity.read')")
    @org.springframework.web.bind.annotation.ResponseBody
    String svg() {
        return OrgChartSvg.draw(orgChart.build());
    }

    @GetMapping("/org-chart")
    @PreAuthorize("hasAuthority('identity.read')")
    String show(Model model) {
        model.addAttribute("svg", OrgChartSvg.draw(orgChart.build()));
        return "identity/org-chart";
    }
}
