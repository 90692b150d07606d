-- Admission (录取): the public schools a points-path family wishes for, in order; the placement
-- each case received, kept apart until an administrator publishes the results; and, once
-- published, the outcome on the case itself.
create table application_preference (
    application_id uuid not null references application (id) on delete cascade,
    position integer not null,
    school_id uuid not null,
    primary key (application_id, position)
);

alter table application add column admission_outcome varchar(16);
alter table application add column admission_school_id uuid;
alter table application add column admission_route varchar(24);
alter table application add column admission_published_at timestamp with time zone;

create table admission_result (
    application_id uuid primary key,
    campaign_id uuid not null,
    outcome varchar(16),
    school_id uuid,
    route varchar(24) not null,
    unplaced_reason varchar(24),
    rank_position integer,
    decided_at timestamp with time zone not null,
    decided_by varchar(64),
    published_at timestamp with time zone
);

create index ix_admission_result_campaign on admission_result (campaign_id, outcome);
