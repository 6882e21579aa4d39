-- Saved searches over people, written in the query language (docs/segments.md).
create table segments (
    id          uuid primary key,
    name        text not null,
    query       text not null,
    description text not null default '',
    created_by  text not null,
    version     bigint not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create unique index segments_name on segments (lower(name));
