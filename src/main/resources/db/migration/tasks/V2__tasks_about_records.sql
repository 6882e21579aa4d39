-- A person's, organisation's or deal's page lists the open tasks about it.
create index tasks_about_person on tasks (person_id, due) where status = 'open' and person_id is not null;
create index tasks_about_organisation on tasks (organisation_id, due) where status = 'open' and organisation_id is not null;
create index tasks_about_deal on tasks (deal_id, due) where status = 'open' and deal_id is not null;
