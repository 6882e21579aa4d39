package dev.baton.automation.web;

import dev.baton.automation.Simulation;
import dev.baton.automation.internal.Simulator;
import dev.baton.processes.Processes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Simulation", description = "Try a process document on test people before it goes live")
class SimulationsApi {

    record SimulationRequest(List<UUID> people, Set<String> goals, Instant start) {
    }

    private final Processes processes;
    private final Simulator simulator;

    SimulationsApi(Processes processes, Simulator simulator) {
        this.processes = processes;
        this.simulator = simulator;
    }

    @PostMapping("/api/v1/processes/{key}/versions/{ref}/simulation")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Run a version (a draft or a published one) for test people on a fast-forwarded virtual clock: the path "
            + "each took, the emails they would get (rendered), the tasks that would be made and where they would wait. "
            + "Goals count as reached only if listed in goals. Nothing is sent or changed")
    Simulation simulate(@PathVariable String key, @PathVariable String ref, @RequestBody SimulationRequest request) {
        return simulator.simulate(processes.version(key, ref), request.people(), request.goals(), request.start());
    }
}
