-- The twin's offline evaluation (ADR 12): scenarios (built in, or uploaded CityFlow roadnet and flow files, kept as
-- the text sent) and evaluation runs of a scenario under chosen signal controllers, with their results.

create table simulation.scenario (
    id                  bigint generated always as identity primary key,
    -- set for the scenarios the platform ships (seeded at start when missing), null for uploads
    builtin_key         text unique,
    name_zh             text not null check (length(name_zh) between 1 and 200),
    name_en             text not null check (length(name_en) between 1 and 200),
    roadnet             text not null,
    flow                text not null,
    intersections       integer not null,
    signalised          integer not null,
    roads               integer not null,
    flows               integer not null,
    created_at          timestamptz not null,
    created_by          text not null
);

create table simulation.evaluation_run (
    id                  bigint generated always as identity primary key,
    scenario_id         bigint not null references simulation.scenario (id),
    controllers         text[] not null check (cardinality(controllers) between 1 and 6),
    simulated_seconds   integer not null check (simulated_seconds between 60 and 14400),
    seed                bigint not null,
    status              text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    -- simulated seconds done over the total across the controllers, 0..1
    progress            real not null default 0 check (progress between 0 and 1),
    created_at          timestamptz not null,
    created_by          text not null,
    started_at          timestamptz,
    finished_at         timestamptz,
    error               text,
    -- when DONE: per controller, the engine's RunResult, the wall time and the throughput
    results             jsonb
);
-- the runs left open (the worker's queue, and those a restart interrupted)
create index evaluation_run_open on simulation.evaluation_run (status) where status in ('QUEUED', 'RUNNING');
create index evaluation_run_scenario on simulation.evaluation_run (scenario_id);
