package dev.baton.tasks.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.baton.tasks.NewTask;
import dev.baton.tasks.Task;
import dev.baton.tasks.Tasks;

@Service
class TasksFacade implements Tasks {

    private final TaskBook book;
    private final TaskLifecycle lifecycle;

    TasksFacade(TaskBook book, TaskLifecycle lifecycle) {
        this.book = book;
        this.lifecycle = lifecycle;
    }

    @Override
    public Task create(NewTask task) {
        return book.create(task, null);
    }

    @Override
    public Task complete(UUID task) {
        return lifecycle.complete(task, Actor.BATON);
    }

    @Override
    public Optional<Task> find(UUID task) {
        return book.find(task);
    }
}
