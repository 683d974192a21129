-- Traffic: the road network (kept as its CityFlow roadnet document; the model lives in memory), lane readings from
-- detectors and their 5-minute roll-up.

-- Each imported network is kept; exactly one is active (the one signals run on).
create table traffic.network (
    id              bigint generated always as identity primary key,
    name            text not null check (length(name) between 1 and 200),
    roadnet         jsonb not null,
    intersections   integer not null,
    signalised      integer not null,
    roads           integer not null,
    active          boolean not null default false,
    created_at      timestamptz not null,
    created_by      text not null
);
create unique index network_one_active on traffic.network (active) where active;

-- Raw detector readings per lane and interval (FIWARE TrafficFlowObserved fields), kept for
-- city.traffic.readings.retention; what analyses use is the roll-up below.
create table traffic.lane_reading (
    road_id         text not null,
    lane            smallint not null,
    observed_from   timestamptz not null,
    observed_to     timestamptz not null,
    intensity       integer not null,
    occupancy       real not null,
    average_speed   real,
    queue_length    real,
    received_at     timestamptz not null
);
create index lane_reading_lane on traffic.lane_reading (road_id, lane, observed_to);
create index lane_reading_received on traffic.lane_reading using brin (received_at);

-- Per lane per 5 minutes (start of the interval): what the intersection page charts and the exchange sells.
create table traffic.lane_rollup (
    road_id         text not null,
    lane            smallint not null,
    bucket          timestamptz not null,
    readings        integer not null,
    vehicles        integer not null,
    occupancy_sum   double precision not null,
    speed_sum       double precision not null,
    speed_readings  integer not null,
    max_queue       real,
    primary key (road_id, lane, bucket)
);
create index lane_rollup_bucket on traffic.lane_rollup (bucket);
