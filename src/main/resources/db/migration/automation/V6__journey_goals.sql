-- Goals on a person's date (a later date_reached trigger of a campaign): one row per (journey, goal
-- step, person with the date) due at the person's next moment, made ahead of time as for campaigns
-- that start on a date. When it comes, the person reaches the goal if they are before it.
create table journey_date_goals (
    journey_id int not null,
    step       text not null,
    person_id  uuid not null,
    due_at     timestamptz not null,
    primary key (journey_id, step, person_id)
);
create index journey_date_goals_due on journey_date_goals (due_at);

-- Who is in a saved search that a campaign's goal names (a later entered_search trigger), by the
-- goal's value (the search's name or id, or a query): a person reaches the goal when a change makes
-- them match and they were not in it before.
create table journey_goal_search_members (
    search    text not null,
    person_id uuid not null,
    primary key (search, person_id)
);
