-- Camera events as acknowledged (202): written before the answer, in one group commit for every request queued
-- meanwhile, and deleted in the transaction that records the event's effect (the violation) or once the incident's
-- row is written. Rows left over after a crash, or after a failed write, are applied again by the consumer's pass.
create table traffic.camera_event (
    id          uuid primary key,
    type        text             not null,
    road_id     text             not null,
    lane        int,
    plate       text,
    speed_kmh   double precision,
    limit_kmh   double precision,
    evidence    text             not null,
    observed_at timestamptz      not null,
    received_at timestamptz      not null
);

create index camera_event_received on traffic.camera_event (received_at);
