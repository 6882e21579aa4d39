package dev.baton.automation.workflow;

import java.util.UUID;

import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.tasks.TaskCompleted;

/**
 * One inbox, the other way: completing a workflow's task in the tasks module completes the engine's
 * task (as the user who did it), and the run goes on.
 */
@Component
class TaskCompletions {

    private final TaskService engineTasks;
    private final JdbcClient jdbc;

    TaskCompletions(TaskService engineTasks, JdbcClient jdbc) {
        this.engineTasks = engineTasks;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        jdbc.sql("select engine_task from workflow_tasks where task = :task").param("task", completed.task()).query(String.class)
                .optional().filter(id -> engineTasks.createTaskQuery().taskId(id).count() > 0)
                .ifPresent(id -> complete(id, completed.completedBy()));
    }

    private void complete(String engineTask, UUID by) {
        if (by != null) {
            engineTasks.setAssignee(engineTask, by.toString());
        }
        engineTasks.complete(engineTask);
    }
}
