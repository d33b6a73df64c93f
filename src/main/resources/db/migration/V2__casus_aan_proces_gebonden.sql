-- A case changes only through its own zvh-casus instance, and a meeting round only through
-- its own focusoverleg instance: each is bound to its instance when it is created, once.
alter table casus add column proces_instantie_id varchar(64);
create unique index casus_proces_instantie on casus (proces_instantie_id);

alter table overleg add column proces_instantie_id varchar(64);
create unique index overleg_proces_instantie on overleg (proces_instantie_id);
-- A round is created when it is planned; what the meeting found is recorded later.
alter table overleg alter column nieuwe_zorgen drop not null;
