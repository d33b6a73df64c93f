-- An incident reported while its case still waited for triage (issue 9): it weighs in the triage
-- decision instead of asking the chair about an earlier meeting, so the case file says so.
alter table incident add column voor_triage boolean default false not null;
