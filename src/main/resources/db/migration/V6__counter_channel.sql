-- The applicant's identity is kept on the case itself, so that a case filed at a counter for a
-- family without an account is theirs once they open one.
alter table application add column applicant_name varchar(100);
alter table application add column applicant_id_encrypted varchar(200);
alter table application add column applicant_id_hash varchar(64);
alter table application add column applicant_phone varchar(20);
alter table application add column filed_by_staff varchar(64);
alter table application add column counter_group varchar(80);
alter table application alter column applicant_account_id drop not null;

create index ix_application_applicant_id on application (applicant_id_hash);

alter table application_timeline add column on_behalf_of varchar(120);
