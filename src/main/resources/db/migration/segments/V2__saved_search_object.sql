-- A saved search selects people, organisations or deals; the searches saved before this were over people.
alter table segments add column object text not null default 'person'
    check (object in ('person', 'organisation', 'deal'));
