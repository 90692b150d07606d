-- A confirmed case's private-school signup (民办报名): the school chosen, when, and whether the
-- signup window has closed on it.
alter table application add column private_school_id uuid;
alter table application add column private_signed_up_at timestamp with time zone;
alter table application add column private_signup_frozen boolean default false not null;
