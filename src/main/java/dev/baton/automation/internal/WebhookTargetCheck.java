package dev.baton.automation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessPublished;
import dev.baton.processes.Step;

/**
 * Publishing a process whose webhook step calls a private address written as numbers
 * ({@code http://10.0.0.5/hook}, {@code http://169.254.169.254/}) is refused, in the publishing
 * transaction, with a 409 naming the step — unless BATON_WEBHOOKS_ALLOW_PRIVATE allows private
 * targets. A host name is checked by its addresses when the call is made.
 */
@Component
class WebhookTargetCheck {

    private final WebhookTargets targets;

    WebhookTargetCheck(WebhookSettings settings) {
        this.targets = new WebhookTargets(settings);
    }

    @EventListener
    void on(ProcessPublished published) {
        List<FieldProblem> problems = problems(published.document(), targets);
        if (!problems.isEmpty()) {
            throw new ConflictException("The process calls a webhook on a private network: " + String.join("; ",
                    problems.stream().map(FieldProblem::message).toList()) + ".", problems);
        }
    }

    /** The webhook steps of a document whose address is private, one problem each, naming the step. */
    static List<FieldProblem> problems(ProcessDocument document, WebhookTargets targets) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Step> steps = document.steps() == null ? List.of() : document.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!Step.ACTION.equals(step.type()) || !"webhook".equals(step.action()) || step.with() == null) {
                continue;
            }
            String url = step.with().get("url");
            int at = i;
            targets.literalRefusal(url).ifPresent(why -> problems.add(new FieldProblem("steps[" + at + "].with.url", url,
                    "step " + step.key() + ": " + why)));
        }
        return problems;
    }
}
