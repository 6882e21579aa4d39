-- Who is in the saved search a campaign starts on ("entered a saved search"): a person enters the
-- campaign when a change makes them match and they were not in the search before. Kept per journey
-- and refreshed when a new version is deployed.
create table journey_search_members (
    journey_id int not null,
    person_id  uuid not null,
    primary key (journey_id, person_id)
);
