-- The per-commune values of an APL run as one binary row (fr.oasis.accessibility.AplValuesCodec),
-- replacing one apl_value row per commune (1.9 million rows for a France-scale recompute).
-- The binary column is the only vendor-specific part: BLOB here (setBytes/getBytes on both).
-- V19_2 (a Java migration, AplValuesMigration) copies the stored rows; V19_3 drops apl_value.
CREATE TABLE apl_run_values (
    run_id          BIGINT   NOT NULL PRIMARY KEY REFERENCES apl_run (id) ON DELETE CASCADE,
    communes        INTEGER  NOT NULL,
    format_version  INTEGER  NOT NULL,
    commune_values  BLOB     NOT NULL
);
