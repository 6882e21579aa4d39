package dev.baton.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Draws the org chart as SVG: each tree top-down, a parent centred over its reports, with elbow
 * connectors; external parties and personas in a dashed row below.
 */
public final class OrgChartSvg {

    static final int BOX_W = 190;
    static final int GAP_X = 20;
    static final int SLOT = BOX_W + GAP_X;
    static final int LINE = 15;
    static final int MAX_PEOPLE = 3;
    static final int BOX_H = 28 + LINE * MAX_PEOPLE + 6;
    static final int GAP_Y = 46;
    static final int MARGIN = 20;

    private final StringBuilder svg = new StringBuilder();
    private int depth;

    private OrgChartSvg() {
    }

    public static String draw(OrgChart.Chart chart) {
        return new OrgChartSvg().render(chart);
    }

    private String render(OrgChart.Chart chart) {
        StringBuilder body = new StringBuilder();
        double left = 0;
        for (OrgChart.Node root : chart.roots()) {
            left = place(root, left, 0, body).end() + 1;
        }
        int slots = (int) Math.max(left, chart.outside().size());
        int outsideTop = MARGIN + depth * (BOX_H + GAP_Y) + (chart.roots().isEmpty() ? 0 : 20);
        if (!chart.outside().isEmpty()) {
            body.append(text(MARGIN, outsideTop + 12, "External parties and personas", "section"));
            for (int i = 0; i < chart.outside().size(); i++) {
                box(body, chart.outside().get(i), MARGIN + i * SLOT, outsideTop + 22, true);
            }
            outsideTop += 22 + BOX_H;
        }
        int width = MARGIN * 2 + Math.max(1, slots) * SLOT - GAP_X;
        int height = outsideTop + MARGIN;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\" role=\"img\" aria-label=\"Org chart of roles\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">")
                .append("<style>.role rect{fill:#fff;stroke:#3d5a80;stroke-width:1.5}.role.outside rect{stroke-dasharray:5 3;fill:#f7f7f2}")
                .append(".name{font:600 13px system-ui,sans-serif;fill:#1d2d44}.person{font:12px system-ui,sans-serif;fill:#444}")
                .append(".section{font:600 12px system-ui,sans-serif;fill:#666}.link{fill:none;stroke:#98a6b8;stroke-width:1.5}</style>")
                .append(body).append("</svg>");
        return svg.toString();
    }

    /** Where a laid-out subtree's root sits and the last slot the subtree takes. */
    private record Placed(double centre, double end) {
    }

    /** Places a subtree from slot {@code left}, leaves first, each parent centred over its reports. */
    private Placed place(OrgChart.Node node, double left, int level, StringBuilder body) {
        depth = Math.max(depth, level + 1);
        int y = MARGIN + level * (BOX_H + GAP_Y);
        if (node.reports().isEmpty()) {
            box(body, node, x(left), y, false);
            return new Placed(left, left);
        }
        List<Placed> children = new ArrayList<>();
        double next = left;
        for (OrgChart.Node report : node.reports()) {
            Placed child = place(report, next, level + 1, body);
            children.add(child);
            next = child.end() + 1;
        }
        double centre = (children.get(0).centre() + children.get(children.size() - 1).centre()) / 2;
        box(body, node, x(centre), y, false);
        int busY = y + BOX_H + GAP_Y / 2;
        double parentX = x(centre) + BOX_W / 2.0;
        body.append(path("M" + parentX + "," + (y + BOX_H) + " V" + busY));
        for (Placed child : children) {
            body.append(path("M" + parentX + "," + busY + " H" + (x(child.centre()) + BOX_W / 2.0) + " V" + (busY + GAP_Y / 2)));
        }
        return new Placed(centre, next - 1);
    }

    private static double x(double slot) {
        return MARGIN + slot * SLOT;
    }

    private static void box(StringBuilder body, OrgChart.Node node, double x, double y, boolean outside) {
        body.append("<g class=\"role").append(outside ? " outside" : "").append("\" data-role=\"").append(esc(node.key())).append("\">")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"6\"/>")
                .append(text(x + 10, y + 19, node.name(), "name"));
        List<String> people = node.people();
        int shown = people.size() > MAX_PEOPLE ? MAX_PEOPLE - 1 : people.size();
        for (int i = 0; i < shown; i++) {
            body.append(text(x + 10, y + 19 + LINE * (i + 1) + 2, people.get(i), "person"));
        }
        if (people.size() > shown) {
            body.append(text(x + 10, y + 19 + LINE * (shown + 1) + 2, "+ " + (people.size() - shown) + " more", "person"));
        }
        if (people.isEmpty() && !outside) {
            body.append(text(x + 10, y + 19 + LINE + 2, "(nobody yet)", "person"));
        }
        body.append("</g>");
    }

    private static String text(double x, double y, String content, String cls) {
        return "<text class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\">" + esc(content) + "</text>";
    }

    private static String path(String d) {
        return "<path class=\"link\" d=\"" + d + "\"/>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
