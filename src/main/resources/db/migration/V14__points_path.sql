-- A points-path registration (积分入学): the district, the consents, the children (twins register
-- together), the relation case, and what the registries and the auditors found for the points.
alter table application add column district varchar(20);
alter table application add column notice_consent_at timestamp with time zone;
alter table application add column declaration_consent_at timestamp with time zone;
alter table application add column guardian2_rare_name boolean default false not null;
alter table application add column parent_child_case integer;
alter table application add column found_main_months integer;
alter table application add column found_second_months integer;
alter table application add column found_residence_since date;
alter table application add column found_permit_years integer;
alter table application add column found_home_in_district boolean;
alter table application add column found_home_address varchar(300);
alter table application add column points_total numeric(6, 1);

create table application_child (
    application_id uuid not null references application (id) on delete cascade,
    position integer not null,
    name varchar(100) not null,
    id_encrypted varchar(200) not null,
    id_hash varchar(64) not null,
    binding_key varchar(120),
    pinyin varchar(300),
    rare_name boolean not null,
    disability_types varchar(200),
    disability_certificate varchar(64),
    primary key (application_id, position),
    constraint uk_application_child_binding_key unique (binding_key)
);

create table application_points (
    application_id uuid not null references application (id) on delete cascade,
    position integer not null,
    item varchar(64) not null,
    points numeric(6, 1) not null,
    source varchar(120),
    primary key (application_id, position)
);
