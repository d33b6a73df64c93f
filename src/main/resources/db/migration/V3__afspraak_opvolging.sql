-- Each agreement is followed up by its own afspraak-opvolging instance, bound once when it
-- starts; its owner records the outcome (done, circumstances changed, not done) and why.
alter table afspraak add column proces_instantie_id varchar(64);
create unique index afspraak_proces_instantie on afspraak (proces_instantie_id);
alter table afspraak add column toelichting varchar(2000);
alter table afspraak add column afgerond_door varchar(64);
alter table afspraak add column afgerond_op timestamp;
