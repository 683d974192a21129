-- Electronic certificates (issue 13): approving a licence-type service issues one, signed by the city, as a PDF the
-- holder keeps in their licence wallet and anyone can verify by its code or by uploading the PDF.

-- "Certificate issued" follows "approved" for the services that issue one.
alter table citizen.application_case drop constraint application_case_status_check;
alter table citizen.application_case add constraint application_case_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED', 'CERTIFIED', 'REJECTED', 'WITHDRAWN'));

-- The kinds of certificate, and which answers of the application each one states.
create table citizen.certificate_type
(
    code          varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    number_prefix varchar(4)   not null unique check (number_prefix ~ '^[A-Z]{2,4}$'),
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    -- null: valid until revoked
    valid_months  int check (valid_months between 1 and 1200),
    fields        jsonb        not null check (jsonb_typeof(fields) = 'array')
);

-- Which service issues which certificate when an application for it is approved.
create table citizen.certificate_issuer
(
    service_code     varchar(40) primary key references citizen.gov_service (code),
    certificate_type varchar(40) not null references citizen.certificate_type (code)
);

create sequence citizen.certificate_number_seq;

create table citizen.certificate
(
    id                uuid primary key,
    -- RP-2026-000123: what is printed and quoted
    number            varchar(24)   not null unique check (number ~ '^[A-Z]{2,4}-[0-9]{4}-[0-9]{6,}$'),
    -- 80 random bits in Crockford's base 32, what the QR code and a verifier carry
    verification_code varchar(19)   not null unique
        check (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$'),
    type_code         varchar(40)   not null references citizen.certificate_type (code),
    case_id           uuid          not null unique references citizen.application_case (id),
    holder_subject    varchar(64)   not null,
    holder_name       varchar(255)  not null,
    department_code   varchar(64)   not null,
    issued_at         timestamptz   not null,
    valid_until       date,
    -- what it certifies, as printed: [{"labelZh", "labelEn", "value"}]
    statements        jsonb         not null check (jsonb_typeof(statements) = 'array'),
    -- the compact JWS (EdDSA) of what it certifies, also embedded in the PDF
    jws               text          not null,
    kid               text          not null,
    pdf               bytea         not null,
    pdf_sha256        varchar(64)   not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    revoked_at        timestamptz,
    revoked_by        varchar(255),
    revoke_reason     varchar(500),
    check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoke_reason is null))
);

create index certificate_holder on citizen.certificate (holder_subject, issued_at desc);
create index certificate_department on citizen.certificate (department_code, issued_at desc);

-- The keys that sign certificates (Ed25519 JWKs), as payments keeps its pay code keys; the public keys are published.
create table citizen.signing_key
(
    kid         text        primary key,
    algorithm   text        not null,
    public_jwk  text        not null,
    private_jwk text        not null,
    created_at  timestamptz not null,
    retired_at  timestamptz
);

create unique index signing_key_one_active on citizen.signing_key (algorithm) where retired_at is null;

-- The driver's licence renewal, online in Shanghai through the 12123 app, with its form.
insert into citizen.application_form (service_id, version, definition, created_by)
values ((select id from citizen.gov_service where code = 'PSB-017'), 1, '{"fields": [{"key": "full_name", "type": "text", "labelZh": "姓名", "labelEn": "Full name", "required": true, "prefill": "fullName"}, {"key": "id_number", "type": "id-number", "labelZh": "公民身份号码", "labelEn": "Resident ID number", "required": true, "prefill": "idNumber"}, {"key": "phone", "type": "phone", "labelZh": "手机号码", "labelEn": "Mobile phone", "required": true, "prefill": "phone"}, {"key": "address", "type": "text", "labelZh": "邮寄地址", "labelEn": "Postal address", "required": true, "prefill": "address"}, {"key": "licence_class", "type": "choice", "labelZh": "准驾车型", "labelEn": "Licence class", "required": true, "choices": [{"value": "C1", "labelZh": "C1 小型汽车", "labelEn": "C1 car"}, {"value": "C2", "labelZh": "C2 小型自动挡汽车", "labelEn": "C2 automatic car"}, {"value": "B1", "labelZh": "B1 中型客车", "labelEn": "B1 medium bus"}, {"value": "A1", "labelZh": "A1 大型客车", "labelEn": "A1 large bus"}, {"value": "D", "labelZh": "D 普通三轮摩托车", "labelEn": "D motorcycle"}]}, {"key": "expiry_date", "type": "date", "labelZh": "原驾驶证有效期至", "labelEn": "Current licence valid until", "required": true}], "documents": [{"key": "fitness", "nameZh": "机动车驾驶人身体条件证明", "nameEn": "Driver''s medical fitness certificate", "types": ["image/jpeg", "image/png", "application/pdf"], "maxBytes": 5242880, "required": true}, {"key": "photo", "nameZh": "近期白底证件照片", "nameEn": "Recent ID photo with a white background", "types": ["image/jpeg", "image/png"], "maxBytes": 2097152, "required": true}]}'::jsonb, 'seed');

insert into citizen.certificate_type (code, number_prefix, name_zh, name_en, valid_months, fields)
values ('DRIVING_LICENCE', 'DL', '机动车驾驶证', 'Driving licence', 120,
        '["full_name", "id_number", "licence_class", "address"]'),
       ('RESIDENCE_PERMIT', 'RP', '上海市居住证', 'Shanghai residence permit', 12,
        '["full_name", "id_number", "permit_number", "address"]'),
       ('NO_CRIMINAL_RECORD', 'NCR', '无犯罪记录证明', 'Certificate of no criminal record', 6,
        '["full_name", "id_number", "purpose", "receiver"]'),
       ('BUSINESS_LICENCE', 'BL', '营业执照', 'Business licence', null,
        '["company_name", "shop_name", "kind", "full_name", "capital", "business_address", "scope"]'),
       ('FOOD_BUSINESS_LICENCE', 'FBL', '食品经营许可证', 'Food business licence', 60,
        '["company_name", "credit_code", "full_name", "premises", "category"]'),
       ('PROVIDENT_FUND_STATEMENT', 'PFS', '住房公积金缴存证明', 'Provident fund contribution certificate', 3,
        '["full_name", "id_number", "fund_account", "purpose"]');

insert into citizen.certificate_issuer (service_code, certificate_type)
values ('PSB-017', 'DRIVING_LICENCE'),
       ('PSB-015', 'RESIDENCE_PERMIT'),
       ('PSB-016', 'NO_CRIMINAL_RECORD'),
       ('AMR-001', 'BUSINESS_LICENCE'),
       ('AMR-004', 'BUSINESS_LICENCE'),
       ('AMR-005', 'FOOD_BUSINESS_LICENCE'),
       ('HPF-008', 'PROVIDENT_FUND_STATEMENT');
