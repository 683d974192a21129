-- Weather stations' observations (FIWARE WeatherObserved), and emergency-vehicle trips with their green waves.

create table traffic.weather_observation (
    station_id      text not null,
    observed_at     timestamptz not null,
    temperature     real,
    precipitation   real not null,
    humidity        real,
    wind_speed      real,
    visibility      real,
    received_at     timestamptz not null,
    primary key (station_id, observed_at)
);
create index weather_observation_at on traffic.weather_observation (observed_at);

create table traffic.emergency_trip (
    id                  uuid primary key,
    vehicle_id          text not null,
    origin_id           text not null,
    hospital_id         text not null,
    destination_id      text not null,
    route               text[] not null,
    green_wave          boolean not null,
    status              text not null check (status in ('ACTIVE', 'ARRIVED', 'CANCELLED')),
    created_at          timestamptz not null,
    created_by          text not null,
    planned_seconds     real not null,
    started_at          timestamptz,
    ended_at            timestamptz,
    travel_seconds      real,
    stops               integer not null default 0,
    stops_at_red        integer not null default 0,
    signals_preempted   integer not null default 0,
    preempted           text[] not null default '{}'
);
-- one trip in progress per vehicle
create unique index emergency_trip_active_vehicle on traffic.emergency_trip (vehicle_id) where status = 'ACTIVE';
create index emergency_trip_created on traffic.emergency_trip (created_at desc);
