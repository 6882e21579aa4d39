package dev.baton.processes.internal.lint;

import dev.baton.processes.Step;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * An action step: a known action with the settings it needs in {@code with}. A role setting names a
 * role of the org chart, or {@code owner} (the person's owner) where a task or a notification goes.
 */
final class Actions {

    static final List<String> ACTIONS = List.of("email", "tag", "untag", "set_field", "stage", "create_task", "notify", "webhook",
            "create_deal", "start_process", "assign_owner");

    private final Workspace workspace;
    private final Findings findings;
    private final StepContent content;

    Actions(Workspace workspace, Findings findings, StepContent content) {
        this.workspace = workspace;
        this.findings = findings;
        this.content = content;
    }

    void check(StepAt at) {
        Step step = at.step();
        if (!Findings.oneOf(ACTIONS, step.action())) {
            findings.error("action-unknown", at, "action", "The action step " + at.label() + " has " + (step.action() == null
                    ? "no action" : "the action " + Findings.quote(step.action())) + ": use " + Findings.or(ACTIONS) + ".");
            return;
        }
        Map<String, String> with = step.with();
        switch (step.action()) {
            case "email" -> {
                if (require(at, "template", "the email template to send")) {
                    String template = with.get("template");
                    if (!workspace.templateExists(template)) {
                        findings.error("template-unknown", at, "with.template", "The email template " + Findings.quote(template) + " of "
                                + at.label() + " does not exist: use the key of an email template of the workspace.");
                    }
                }
            }
            case "tag", "untag" -> require(at, "tag", "the tag");
            case "set_field" -> {
                if (require(at, "field", "the field to set")) {
                    content.field(at, "with.field", with.get("field"));
                }
                if (with.get("value") == null) {
                    missing(at, "value", "the value to set (empty text clears the field)");
                }
            }
            case "stage" -> require(at, "stage", "the lifecycle stage to move to");
            case "create_task" -> {
                require(at, "title", "the task's title");
                if (require(at, "role", "the role the task is for, or owner")) {
                    role(at, with.get("role"), true);
                }
                content.sla(at, "with.sla", with.get("sla"));
            }
            case "notify" -> {
                if (!Findings.blank(with.get("role"))) {
                    role(at, with.get("role"), true);
                } else if (Findings.blank(with.get("user"))) {
                    missing(at, "role", "whom to notify: a role (role) or a user (user)");
                }
            }
            case "webhook" -> {
                if (require(at, "url", "the address to call") && !httpUrl(with.get("url"))) {
                    findings.error("webhook-url-invalid", at, "with.url", "The webhook " + at.label() + " calls "
                            + Findings.quote(with.get("url")) + ", which is not an http or https address such as https://example.com/hook.");
                }
            }
            case "create_deal" -> require(at, "pipeline", "the pipeline the deal opens in");
            case "start_process" -> {
                String process = with.get("process");
                if (require(at, "process", "the key of the process to start") && !workspace.documentExists(process)
                        && !process.equals(content.documentKey())) {
                    findings.error("process-unknown", at, "with.process", "The action " + at.label() + " starts "
                            + Findings.quote(process) + ", which is not a process document: use the key of an existing document.");
                }
            }
            case "assign_owner" -> {
                if (require(at, "role", "the role whose people become owners in turn")) {
                    role(at, with.get("role"), false);
                }
            }
            default -> { }
        }
    }

    private boolean require(StepAt at, String setting, String what) {
        if (Findings.blank(at.step().with().get(setting))) {
            missing(at, setting, what);
            return false;
        }
        return true;
    }

    private void missing(StepAt at, String setting, String what) {
        findings.error("action-setting-missing", at, "with." + setting, "The " + at.step().action() + " action " + at.label()
                + " needs " + setting + " in its settings (with): " + what + ".");
    }

    private void role(StepAt at, String role, boolean ownerAllowed) {
        if (ownerAllowed && "owner".equals(role)) {
            return;
        }
        if (workspace.roleKind(role).isEmpty()) {
            findings.error("role-unknown", at, "with.role", "The action " + at.label() + " names the role " + Findings.quote(role)
                    + ", which is not a role of the org chart: use one of its roles" + (ownerAllowed ? ", or owner for the person's owner." : "."));
        }
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
