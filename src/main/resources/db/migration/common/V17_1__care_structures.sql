-- Care structures (issue 13 item 4): MSP, centres de santé, urgences, maternités, pharmacies,
-- laboratories counted per commune by the INSEE BPE (placed at the commune's reference point,
-- at_commune_point TRUE), and hospitals from FINESS at their own position. The structures of the
-- types an import brings replace the stored ones of those types, in the import's transaction.
CREATE TABLE care_structure (
    id               BIGINT           NOT NULL PRIMARY KEY,
    structure_type   VARCHAR(20)      NOT NULL,
    commune          VARCHAR(10)      NOT NULL,
    structure_count  INT              NOT NULL,
    lon              DOUBLE PRECISION NOT NULL,
    lat              DOUBLE PRECISION NOT NULL,
    at_commune_point BOOLEAN          NOT NULL,
    name             VARCHAR(300),
    facility_type    VARCHAR(200),
    finess           VARCHAR(20),
    source           VARCHAR(300)     NOT NULL,
    millesime        INT              NOT NULL,
    demo             BOOLEAN          NOT NULL
);
CREATE INDEX ix_care_structure_type ON care_structure (structure_type);
INSERT INTO data_version (kind, version, changed_at) VALUES ('structures', 0, CURRENT_TIMESTAMP);
