-- Long texts as strings, not large objects (see the core's V1_5_0): ${longstring} is CHARACTER VARYING on H2 and
-- LONGTEXT on MariaDB.
ALTER TABLE plan_task ${modify_column} target ${longstring};
ALTER TABLE plan_activity ${modify_column} requirement ${longstring};
ALTER TABLE plan_activity ${modify_column} target ${longstring};
