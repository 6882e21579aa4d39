-- Clicks on the tracked links of sent emails: one row per link of an email that someone followed,
-- with how often. Every click is also on the person's timeline; this table says which link of which
-- email, and whether a click is the first one (only the first publishes EmailLinkClicked).
create table email_link_clicks (
    email_id         uuid not null references email_outbox (id) on delete cascade,
    link             smallint not null,
    url              text not null,
    clicks           int not null,
    first_clicked_at timestamptz not null,
    last_clicked_at  timestamptz not null,
    primary key (email_id, link)
);
