-- "Once only" for vehicles: the vehicle inspection booking fills the plate from the citizen's vehicles registered for
-- parking (parking offers the fact through citizen.api.KnownFact). A new version of the form; cases keep theirs.
insert into citizen.application_form (service_id, version, definition, created_by)
select f.service_id, f.version + 1, jsonb_set(f.definition, '{fields,3,prefill}', '"plate"'), 'seed'
from citizen.application_form f
join citizen.gov_service s on s.id = f.service_id
where s.code = 'PSB-022'
  and f.version = (select max(version) from citizen.application_form where service_id = f.service_id)
  and f.definition -> 'fields' -> 3 ->> 'key' = 'plate';
