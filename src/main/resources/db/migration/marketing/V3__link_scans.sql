-- Visits of tracked links by mail scanners and link previewers (by their User-Agent, or none): they
-- are sent on like anyone, but they are not a person's click — not on the timeline, no goal reached.
-- One row per link of an email, with how often and the last scanner seen.
create table email_link_scans (
    email_id         uuid not null references email_outbox (id) on delete cascade,
    link             smallint not null,
    visits           int not null,
    last_agent       text not null,
    first_visited_at timestamptz not null,
    last_visited_at  timestamptz not null,
    primary key (email_id, link)
);
