-- Every operator action on a signal (controller chosen, phase held, plan forced, released): who and when.
create table traffic.signal_action (
    id              bigint generated always as identity primary key,
    intersection_id text not null,
    action          text not null check (action in ('CONTROLLER', 'HOLD', 'FORCE_PLAN', 'RELEASE')),
    detail          text not null,
    done_by         text not null,
    done_by_name    text not null,
    done_at         timestamptz not null
);
create index signal_action_intersection on traffic.signal_action (intersection_id, done_at desc);
create index signal_action_done on traffic.signal_action (done_at desc);
