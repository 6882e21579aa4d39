package dev.baton.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.identity.Permission;
import dev.baton.identity.User;
import dev.baton.platform.demo.DemoData;

/** Arcadia Storage's org chart of roles, its staff and their teams (DEMO.md). */
@Component
class IdentityDemoData implements DemoData {

    static final String PASSWORD = "arcadia-demo";
    static final String DOMAIN = "arcadia.example";

    private record DemoRole(String name, String kind, String reportsTo, String description, List<Permission> permissions) {
    }

    /** Every member of staff works with people and organisations. */
    private static final List<Permission> STAFF_PERMISSIONS = List.of(Permission.CONTACTS_READ, Permission.CONTACTS_WRITE);

    private static final List<DemoRole> ROLES = List.of(
            new DemoRole("Executive", "internal", null, "Runs Arcadia Storage; owns the revenue process.",
                    List.of(Permission.IDENTITY_READ, Permission.AUDIT_READ, Permission.METRICS_READ, Permission.SETTINGS_MANAGE)),
            new DemoRole("Marketing Manager", "internal", "executive", "Owns demand generation and the marketing budget.",
                    List.of(Permission.IDENTITY_READ, Permission.MARKETING_MANAGE)),
            new DemoRole("Marketing Ops", "internal", "marketing-manager", "Builds and runs campaigns, forms and lists.",
                    List.of(Permission.SETTINGS_MANAGE, Permission.MARKETING_MANAGE)),
            new DemoRole("Content Writer", "internal", "marketing-manager", "Writes emails, pages and product news.",
                    List.of(Permission.MARKETING_MANAGE)),
            new DemoRole("Sales Manager", "internal", "executive", "Leads the sales team; owns pipeline and forecast.",
                    List.of(Permission.IDENTITY_READ)),
            new DemoRole("SDR", "internal", "sales-manager", "Qualifies new leads and books meetings for account executives.", List.of()),
            new DemoRole("Account Executive", "internal", "sales-manager", "Works qualified opportunities to a close.", List.of()),
            new DemoRole("Inside Sales", "internal", "sales-manager", "Sells to existing customers by phone and email.", List.of()),
            new DemoRole("Channel Manager", "internal", "sales-manager", "Recruits and supports channel partners.", List.of()),
            new DemoRole("Order Desk", "internal", "executive", "Enters and checks orders; raises purchase orders.", List.of()),
            new DemoRole("Billing Clerk", "internal", "executive", "Issues invoices and follows up payments.", List.of()),
            new DemoRole("Support Manager", "internal", "executive", "Leads support and installation.", List.of(Permission.IDENTITY_READ)),
            new DemoRole("Support Agent", "internal", "support-manager", "Answers and resolves customer cases.", List.of()),
            new DemoRole("Installation Planner", "internal", "support-manager", "Books installations into installers' calendars.", List.of()),
            new DemoRole("Installer", "internal", "installation-planner", "Installs systems at customer sites.", List.of()),
            new DemoRole("Channel Partner", "external", null, "Resells Arcadia systems to its own customers.", List.of()),
            new DemoRole("Systems Integrator", "external", null, "Installs and integrates systems for end customers.", List.of()),
            new DemoRole("Supplier", "external", null, "Makes components of Arcadia's bundles.", List.of()),
            new DemoRole("Customer", "persona", null, "The buyer and user of an Arcadia system.", List.of()));

    /** Staff: name, then the keys of the roles they wear. */
    private static final List<List<String>> STAFF = List.of(
            List.of("Eleanor Vance", "executive"),
            List.of("Marcus Bell", "marketing-manager"),
            List.of("Priya Raman", "marketing-ops"),
            List.of("Tom Okafor", "content-writer", "marketing-ops"),
            List.of("Oliver Grant", "sales-manager"),
            List.of("Sofia Marquez", "sdr"),
            List.of("Liam Chen", "sdr"),
            List.of("Hannah Weiss", "account-executive"),
            List.of("Daniel Osei", "account-executive"),
            List.of("Victor Lindqvist", "account-executive", "channel-manager"),
            List.of("Grace Kim", "inside-sales"),
            List.of("Nadia Petrova", "channel-manager"),
            List.of("Ben Carter", "order-desk"),
            List.of("Ruth Alvarez", "billing-clerk", "order-desk"),
            List.of("Laura Fischer", "support-manager"),
            List.of("Chloe Dubois", "support-agent"),
            List.of("Ethan Brooks", "support-agent"),
            List.of("Samuel Idowu", "installation-planner"),
            List.of("Jack Morrison", "installer"),
            List.of("Mia Novak", "installer"));

    private static final Map<String, List<String>> TEAMS = Map.of(
            "Marketing", List.of("Marcus Bell", "Priya Raman", "Tom Okafor"),
            "Direct Sales", List.of("Oliver Grant", "Sofia Marquez", "Liam Chen", "Hannah Weiss", "Daniel Osei", "Grace Kim"),
            "Channel", List.of("Nadia Petrova", "Victor Lindqvist"),
            "Operations", List.of("Ben Carter", "Ruth Alvarez"),
            "Service", List.of("Laura Fischer", "Chloe Dubois", "Ethan Brooks", "Samuel Idowu", "Jack Morrison", "Mia Novak"));

    private final RoleDirectory roles;
    private final UserDirectory users;
    private final TeamDirectory teams;

    IdentityDemoData(RoleDirectory roles, UserDirectory users, TeamDirectory teams) {
        this.roles = roles;
        this.users = users;
        this.teams = teams;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        for (DemoRole role : ROLES) {
            List<Permission> granted = new ArrayList<>(role.permissions());
            if ("internal".equals(role.kind())) {
                granted.addAll(STAFF_PERMISSIONS);
            }
            roles.create(new RoleDirectory.RoleSpec(null, role.name(), role.description(), role.kind(),
                    granted.stream().map(Permission::code).toList(), role.reportsTo()));
        }
        Map<String, UUID> ids = new java.util.HashMap<>();
        for (List<String> person : STAFF) {
            User user = users.create(new UserDirectory.NewUser(email(person.get(0)), person.get(0), PASSWORD,
                    person.subList(1, person.size())));
            ids.put(person.get(0), user.id());
        }
        TEAMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(team -> teams.create(
                new TeamDirectory.TeamSpec(team.getKey(), "", team.getValue().stream().map(ids::get).toList())));
    }

    @Override
    public List<String> banner() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo workspace: Arcadia Storage. Every demo user's password is '" + PASSWORD + "', e.g.");
        lines.add("  " + email("Eleanor Vance") + " (Executive), " + email("Oliver Grant") + " (Sales Manager), "
                + email("Sofia Marquez") + " (SDR)");
        return lines;
    }

    static String email(String name) {
        return name.substring(0, name.indexOf(' ')).toLowerCase() + "@" + DOMAIN;
    }
}
