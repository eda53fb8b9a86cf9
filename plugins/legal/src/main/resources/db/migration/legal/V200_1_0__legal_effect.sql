-- Tình trạng hiệu lực and the rest of the national database's attributes: ngày có hiệu lực, người ký, and the class
-- of the document (legal, party, administrative). H2 and MariaDB.
ALTER TABLE legal_document ADD COLUMN effective_on DATE;
ALTER TABLE legal_document ADD COLUMN signer VARCHAR(300);
ALTER TABLE legal_document ADD COLUMN citation_class VARCHAR(16);
