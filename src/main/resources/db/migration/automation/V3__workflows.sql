-- Workflow-kind process documents run on Flowable, which keeps its own tables (ACT_*, created
-- and updated by the engine). Baton keeps only what links the two.

-- Every published version deployed to the engine, with the trigger that starts new work on it.
-- New work starts on a document's newest row, if that version is still the published one.
create table workflow_versions (
    version       uuid primary key,
    document      text not null,
    number        int not null,
    name          text not null,
    trigger_event text not null,
    trigger_value text,
    published_at  timestamptz not null,
    deployment    text not null,
    definition    text not null unique,
    deployed_at   timestamptz not null,
    unique (document, number)
);
create index workflow_versions_trigger on workflow_versions (trigger_event, trigger_value);

-- One inbox: each user task of a running workflow is a task in the tasks module, for the lane's role.
create table workflow_tasks (
    task             uuid primary key,
    engine_task      text not null unique,
    process_instance text not null,
    step             text not null,
    created_at       timestamptz not null
);
create index workflow_tasks_instance on workflow_tasks (process_instance, step);
