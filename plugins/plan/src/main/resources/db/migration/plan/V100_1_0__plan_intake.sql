-- Plans read from any uploaded document (the intake): a deadline as dates beside the printed timeframe, and where
-- the uploaded original is kept. All nullable: the bundled plan's rows have none of them.
ALTER TABLE plan_activity ADD COLUMN deadline_from DATE;
ALTER TABLE plan_activity ADD COLUMN deadline_to DATE;
ALTER TABLE plan_activity ADD COLUMN deadline_recurrence VARCHAR(16);
ALTER TABLE plan_document ADD COLUMN original_path VARCHAR(500);
