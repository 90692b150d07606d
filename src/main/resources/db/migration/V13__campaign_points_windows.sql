-- The points path's windows after submission: until when families may ask to modify a submitted
-- registration (and must resubmit an approved one), and until when they may ask for a recheck.
alter table campaign add column modification_closes timestamp with time zone;
alter table campaign add column recheck_closes timestamp with time zone;
