-- A case the Actie-Overleg handed to another table (ZSM_VERDIEPING or ZVH_TRIAGE) and its number
-- there: the ZSM case's, or the zvh-casus the referral started or reached.
alter table actie_overleg add column overgedragen_aan varchar(16);
alter table actie_overleg add column overgedragen_nummer varchar(32);
