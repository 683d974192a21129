-- An evaluation may carry an ambulance experiment (issue 4): the trip asked for ({fromIntersection, toIntersection,
-- departureSecond}) and, once done, its outcome with and without the green wave.
alter table simulation.evaluation_run add column ambulance jsonb, add column ambulance_result jsonb;
