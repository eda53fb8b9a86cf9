-- Long texts as strings, not large objects. On H2 a CLOB that a query returns is copied into a temporary LOB that
-- the session keeps for five minutes (H2's LOB_TIMEOUT): under steady reading of the API the heap filled with
-- millions of them. ${longstring} is CHARACTER VARYING on H2 (up to 1,000,000,000 characters) and stays LONGTEXT on
-- MariaDB, whose driver reads it as a string; ${modify_column} is each database's way to change a column's type.
ALTER TABLE content_item ${modify_column} body ${longstring} NOT NULL;
ALTER TABLE content_edit ${modify_column} changes ${longstring} NOT NULL;
