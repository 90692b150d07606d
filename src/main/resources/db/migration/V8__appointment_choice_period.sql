-- How long a family has to pick an on-site review slot before the earliest free one is assigned.
alter table campaign add column appointment_choice_period varchar(40);
