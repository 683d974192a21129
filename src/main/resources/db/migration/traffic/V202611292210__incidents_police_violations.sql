-- Incidents (detected from readings or reported by cameras), police units and their dispatch, traffic violations.

create table traffic.incident (
    id              uuid primary key,
    kind            text not null check (kind in ('ACCIDENT', 'STALLED_VEHICLE', 'SPEED_DROP')),
    source          text not null check (source in ('DETECTOR', 'CAMERA')),
    road_id         text not null,
    lane            smallint,
    lat             double precision not null,
    lon             double precision not null,
    evidence        text,
    -- when the data that showed it reached the API, and when the alert existed: the latency that matters
    received_at     timestamptz not null,
    detected_at     timestamptz not null,
    status          text not null check (status in ('DETECTED', 'DISPATCHED', 'ON_SCENE', 'CLEARED')),
    unit_id         text,
    dispatched_at   timestamptz,
    eta_seconds     integer,
    on_scene_at     timestamptz,
    cleared_at      timestamptz,
    updated_by      text
);
create index incident_open on traffic.incident (detected_at desc) where status <> 'CLEARED';
create index incident_detected on traffic.incident (detected_at desc);

create table traffic.police_unit (
    id              text primary key check (id ~ '^[A-Z0-9-]{2,20}$'),
    call_sign_zh    text not null,
    call_sign_en    text not null,
    intersection_id text not null,
    status          text not null check (status in ('AVAILABLE', 'DISPATCHED', 'ON_SCENE', 'OFF_DUTY')),
    incident_id     uuid references traffic.incident (id),
    updated_at      timestamptz not null
);

-- Fines of the Road Traffic Safety Law as Shanghai applies them (yuan): running a red light 200; speeding by less
-- than 20% 200, 20-50% 1000 (a range the law allows), over 50% 2000.
create table traffic.violation (
    id              uuid primary key,
    kind            text not null check (kind in ('RED_LIGHT', 'SPEEDING')),
    plate           text not null,
    road_id         text not null,
    intersection_id text,
    lat             double precision not null,
    lon             double precision not null,
    observed_at     timestamptz not null,
    speed_kmh       real,
    limit_kmh       real,
    evidence        text not null,
    fine_fen        bigint not null check (fine_fen >= 0),
    recorded_at     timestamptz not null,
    unique (plate, kind, observed_at)
);
create index violation_plate on traffic.violation (plate, observed_at desc);
create index violation_observed on traffic.violation (observed_at desc);
