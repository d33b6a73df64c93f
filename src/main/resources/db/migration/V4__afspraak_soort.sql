-- Each agreement has a kind (domain.md §8). Agreements recorded before kinds existed have none.
alter table afspraak add column soort varchar(32);
