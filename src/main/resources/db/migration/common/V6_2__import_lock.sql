-- One row locked (SELECT ... FOR UPDATE NOWAIT) by the transaction of every import: a second
-- import, in this process or another (the import command, another instance), is refused at once
-- with one sentence instead of waiting on row locks.
CREATE TABLE import_lock (
    id  INTEGER PRIMARY KEY
);
INSERT INTO import_lock (id) VALUES (1);
-- Which process ran an import (host:pid), so that an import left RUNNING by a killed process is
-- marked failed when that process is known to be gone.
ALTER TABLE import_run ADD COLUMN owner VARCHAR(200);
