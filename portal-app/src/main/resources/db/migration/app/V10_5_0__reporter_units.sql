-- A reporter (người báo cáo) reports for one or more units: the units' slugs, comma-separated, empty for the other
-- roles. The account grants one UNIT:<slug> authority per unit at sign-in.
ALTER TABLE portal_user ADD COLUMN units VARCHAR(2000) DEFAULT '' NOT NULL;
