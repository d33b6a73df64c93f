-- The status of an agreement holds every outcome: OPEN, GEDAAN, OMSTANDIGHEDEN_GEWIJZIGD
-- (24 characters, too long for the first column), NIET_GEDAAN, and for a minimum condition
-- (bodemeis) NAGELEEFD or GESCHONDEN. SET DATA TYPE is understood by H2 and PostgreSQL alike.
alter table afspraak alter column status set data type varchar(32);

-- A bodemeis is watched by its guard up to its deadline: NAGELEEFD when the guard confirms it
-- was kept, GESCHONDEN when broken, with what happened in toelichting and who/when in
-- afgerond_door / afgerond_op as for any outcome. A broken one goes to the chair, who proposes
-- an earlier meeting (vervroegd_overleg) or says why the next meeting stays as planned
-- (vervroeging_reden): one of the two, never both.
alter table afspraak add column vervroegd_overleg date;
alter table afspraak add column vervroeging_reden varchar(2000);
alter table afspraak add column vervroeging_door varchar(64);
alter table afspraak add column vervroeging_op timestamp;
