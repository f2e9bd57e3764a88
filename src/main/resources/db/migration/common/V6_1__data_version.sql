-- One version number per family of stored data, incremented in the transaction that changes it.
-- Every instance of Oasis compares these numbers with the ones its in-memory caches were built
-- from, so an import made by another instance (or by the `import` command) is picked up.
CREATE TABLE data_version (
    kind        VARCHAR(32) PRIMARY KEY,
    version     BIGINT      NOT NULL,
    changed_at  TIMESTAMP   NOT NULL
);
INSERT INTO data_version (kind, version, changed_at) VALUES ('territories', 0, CURRENT_TIMESTAMP);
INSERT INTO data_version (kind, version, changed_at) VALUES ('practitioners', 0, CURRENT_TIMESTAMP);
INSERT INTO data_version (kind, version, changed_at) VALUES ('network', 0, CURRENT_TIMESTAMP);
INSERT INTO data_version (kind, version, changed_at) VALUES ('indicators', 0, CURRENT_TIMESTAMP);
INSERT INTO data_version (kind, version, changed_at) VALUES ('accessibility', 0, CURRENT_TIMESTAMP);
