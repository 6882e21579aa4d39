package dev.baton.automation.internal;

import dev.baton.automation.Journeys;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.ProcessPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishing a campaign document deploys it to the journey runner, in the publishing transaction:
 * a document that cannot run is not published (409 with what stands in the way), and one that is
 * published runs at once. People already in the campaign stay on their version.
 */
@Component
class CampaignDeployer {

    private final Journeys journeys;

    CampaignDeployer(Journeys journeys) {
        this.journeys = journeys;
    }

    @EventListener
    void on(ProcessPublished published) {
        if (!"campaign".equals(published.kind())) {
            return;
        }
        CampaignCompiler.Compiled compiled = CampaignCompiler.compile(published.document());
        if (!compiled.problems().isEmpty()) {
            throw new ConflictException("The campaign cannot run as written: " + compiled.problems().size() + " step"
                    + (compiled.problems().size() == 1 ? "" : "s") + " to change.", compiled.problems());
        }
        try {
            journeys.deploy(published.key(), published.document().name(), compiled.plan(),
                    CampaignCompiler.reentry(published.document()));
        } catch (InvalidInputException e) {
            throw new ConflictException("The campaign cannot run as written: " + e.getMessage(), e.problems());
        }
    }
}
