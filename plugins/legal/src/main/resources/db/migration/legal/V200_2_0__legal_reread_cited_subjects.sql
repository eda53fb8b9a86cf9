-- The trích yếu of an entry known only from citations is now read only where a citation stands as a name (issue 12):
-- forget the ones read before, so the importer reads them again at this start. Entries with a full text, the plan's
-- own and uploaded ones keep theirs. H2 and MariaDB.
UPDATE legal_document SET subject = NULL WHERE origin = 'CITED' AND has_full_text = FALSE AND number IS NOT NULL;
