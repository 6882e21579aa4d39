package dev.baton.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.baton.identity.Role;
import dev.baton.identity.RoleKind;
import dev.baton.identity.User;

/** The org chart of roles: a forest of internal roles by reporting line, then the outside roles. */
@Component
public class OrgChart {

    /** A role in the chart with the people wearing it and the roles reporting to it. */
    public record Node(String key, String name, String kind, List<String> people, List<Node> reports) {
    }

    /** The whole chart: trees of internal roles, and external parties and personas beside them. */
    public record Chart(List<Node> roots, List<Node> outside) {
    }

    private final RoleDirectory roles;
    private final UserDirectory users;

    OrgChart(RoleDirectory roles, UserDirectory users) {
        this.roles = roles;
        this.users = users;
    }

    public Chart build() {
        List<Role> all = roles.all();
        Map<String, List<Role>> byBoss = all.stream().filter(r -> r.reportsTo() != null)
                .collect(Collectors.groupingBy(Role::reportsTo));
        List<Node> roots = all.stream()
                .filter(r -> r.kind() == RoleKind.INTERNAL && r.reportsTo() == null)
                .sorted(Comparator.comparing(Role::createdAt))
                .map(r -> node(r, byBoss))
                .toList();
        List<Node> outside = all.stream()
                .filter(r -> r.kind() != RoleKind.INTERNAL && r.reportsTo() == null)
                .sorted(Comparator.comparing(Role::kind).thenComparing(Role::createdAt))
                .map(r -> node(r, byBoss))
                .toList();
        return new Chart(roots, outside);
    }

    private Node node(Role role, Map<String, List<Role>> byBoss) {
        List<Node> reports = new ArrayList<>();
        for (Role report : byBoss.getOrDefault(role.key(), List.of()).stream().sorted(Comparator.comparing(Role::createdAt)).toList()) {
            reports.add(node(report, byBoss));
        }
        List<String> people = users.wearing(role.key()).stream().filter(User::enabled).map(User::displayName).toList();
        return new Node(role.key(), role.name(), role.kind().code(), people, reports);
    }
}
