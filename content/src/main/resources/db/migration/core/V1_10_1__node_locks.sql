-- Work that runs once across the portal nodes sharing this database (NodeLocks): the bundled-content import at start
-- and the static export. A node holds a job's row locked (SELECT … FOR UPDATE) in an open transaction while the job
-- runs; another node finds it locked and waits or skips. The lock is the database's own, so a node that dies
-- releases it with its connection: nothing to clean up, no expiry to guess.
CREATE TABLE portal_node_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY
);
