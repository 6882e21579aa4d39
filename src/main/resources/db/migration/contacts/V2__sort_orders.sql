-- Lists of people and organisations sort by name or by last change, paged by keyset.
create index people_name_order on people (lower(last_name || ' ' || first_name), id);
create index people_updated_order on people (updated_at, id);
create index organisations_name_order on organisations (lower(name), id);
create index organisations_updated_order on organisations (updated_at, id);
