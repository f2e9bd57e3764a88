-- Imported indicators (INSEE Filosofi, generic long CSV...). One definition per indicator and
-- millésime; values per territory, published at any level. NULL means missing or statistical
-- secrecy, never zero. Column names avoid H2 2.x keywords (VALUE, YEAR).
CREATE TABLE indicator_definition (
    indicator_id   VARCHAR(32)  NOT NULL,
    millesime      INTEGER      NOT NULL,
    label          VARCHAR(255) NOT NULL,
    unit           VARCHAR(64)  NOT NULL,
    aggregation    VARCHAR(16)  NOT NULL,
    scale_factor   DOUBLE PRECISION NOT NULL,
    source_label   VARCHAR(255) NOT NULL,
    source_format  VARCHAR(64)  NOT NULL,
    imported_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_indicator_definition PRIMARY KEY (indicator_id, millesime),
    CONSTRAINT ck_indicator_aggregation CHECK (aggregation IN ('SUM', 'RATIO', 'WEIGHTED_MEAN', 'NONE'))
);

CREATE TABLE indicator_value (
    indicator_id    VARCHAR(32)  NOT NULL,
    millesime       INTEGER      NOT NULL,
    territory_level VARCHAR(16)  NOT NULL,
    territory_code  VARCHAR(16)  NOT NULL,
    figure          DOUBLE PRECISION,
    numerator       DOUBLE PRECISION,
    denominator     DOUBLE PRECISION,
    CONSTRAINT pk_indicator_value PRIMARY KEY (indicator_id, millesime, territory_level, territory_code),
    CONSTRAINT fk_indicator_value_definition FOREIGN KEY (indicator_id, millesime)
        REFERENCES indicator_definition (indicator_id, millesime) ON DELETE CASCADE
);
