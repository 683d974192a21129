-- "One thing, once" (一件事一次办, issue 13): one form that files several services together. Each part is an ordinary
-- application of its own service, routed to its own department; the bundle ties them into one case the citizen
-- follows, with one reference.
create table citizen.bundle
(
    code           varchar(40)   primary key check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name_zh        varchar(200)  not null,
    name_en        varchar(200)  not null,
    description_zh varchar(2000) not null,
    description_en varchar(2000) not null,
    sort_order     int           not null default 0
);

create table citizen.bundle_part
(
    bundle_code  varchar(40) not null references citizen.bundle (code),
    service_code varchar(40) not null references citizen.gov_service (code),
    position     int         not null check (position >= 1),
    primary key (bundle_code, service_code),
    unique (bundle_code, position)
);

create table citizen.bundle_case
(
    id                uuid primary key,
    bundle_code       varchar(40) not null references citizen.bundle (code),
    applicant_subject varchar(64) not null,
    -- from the applications' sequence, so one number space: SH-2026-000123
    reference         varchar(20) unique check (reference ~ '^SH-[0-9]{4}-[0-9]{6,}$'),
    submitted_at      timestamptz,
    created_at        timestamptz not null,
    check ((reference is null) = (submitted_at is null))
);

create index bundle_case_applicant on citizen.bundle_case (applicant_subject, created_at desc);

alter table citizen.application_case add column bundle_case_id uuid references citizen.bundle_case (id);
create index application_case_bundle on citizen.application_case (bundle_case_id) where bundle_case_id is not null;

insert into citizen.bundle (code, name_zh, name_en, description_zh, description_en, sort_order)
values ('newborn', '新生儿出生一件事', 'A baby is born',
        '宝宝出生后，一次填写，同时办理生育登记、出生登记（报户口）、城乡居民医保参保和生育保险待遇申领。',
        'After a birth, one form files the childbirth registration, the newborn''s hukou registration, the child''s resident medical insurance and the maternity benefit claim.', 10),
       ('open-shop', '开办个体小店一件事', 'Opening a small food shop',
        '一次填写，同时申请个体工商户营业执照和食品经营许可证。',
        'One form files the individual business registration and the food business licence.', 20),
       ('open-company', '开办企业一件事', 'Opening a company',
        '一次填写，同时办理企业设立登记和食品经营许可。',
        'One form files the company registration and its food business licence.', 30),
       ('retirement', '退休一件事', 'Retiring',
        '退休时一次填写，同时申领基本养老金和提取住房公积金。',
        'On retirement, one form claims the pension and withdraws the housing provident fund.', 40),
       ('unemployment', '失业一件事', 'Losing a job',
        '一次填写，同时办理失业登记和申领失业保险金。',
        'One form files the unemployment registration and the unemployment benefit claim.', 50),
       ('moving-in', '来沪居住一件事', 'Moving to Shanghai',
        '来沪居住，一次填写，同时办理居住登记和住房租赁合同备案。',
        'On moving to Shanghai, one form files the residence registration and the lease registration.', 60),
       ('renting', '租房一件事', 'Renting a home',
        '一次填写，同时办理住房租赁合同网签备案和租房提取住房公积金。',
        'One form registers the lease and withdraws provident fund for the rent.', 70),
       ('buying-home', '购房一件事', 'Buying a new home',
        '一次填写，同时办理新建商品房不动产转移登记和购房提取住房公积金。',
        'One form files the real estate registration of a new home and the provident fund withdrawal for it.', 80),
       ('kindergarten', '孩子入园一件事', 'A child starts kindergarten',
        '一次填写，同时办理幼儿园入园登记和少儿城乡居民医保参保。',
        'One form files the kindergarten enrolment and the child''s resident medical insurance.', 90),
       ('flexible-work', '灵活就业一件事', 'Working for yourself',
        '一次填写，同时办理灵活就业人员社保参保登记和社会保障卡申领。',
        'One form enrols a self-employed worker in social insurance and applies for the social security card.', 100),
       ('driving', '驾驶证换证一件事', 'Renewing a driving licence',
        '一次填写，同时申请驾驶证期满换证和机动车检验预约。',
        'One form renews the driving licence and books the vehicle''s annual inspection.', 110);

insert into citizen.bundle_part (bundle_code, service_code, position)
values ('newborn', 'HLT-003', 1), ('newborn', 'PSB-011', 2), ('newborn', 'HCS-003', 3), ('newborn', 'HCS-008', 4),
       ('open-shop', 'AMR-004', 1), ('open-shop', 'AMR-005', 2),
       ('open-company', 'AMR-001', 1), ('open-company', 'AMR-005', 2),
       ('retirement', 'HRS-001', 1), ('retirement', 'HPF-004', 2),
       ('unemployment', 'HRS-006', 1), ('unemployment', 'HRS-005', 2),
       ('moving-in', 'PSB-013', 1), ('moving-in', 'HOU-004', 2),
       ('renting', 'HOU-004', 1), ('renting', 'HPF-001', 2),
       ('buying-home', 'PNR-002', 1), ('buying-home', 'HPF-002', 2),
       ('kindergarten', 'EDU-003', 1), ('kindergarten', 'HCS-003', 2),
       ('flexible-work', 'HRS-003', 1), ('flexible-work', 'HRS-011', 2),
       ('driving', 'PSB-017', 1), ('driving', 'PSB-022', 2);
