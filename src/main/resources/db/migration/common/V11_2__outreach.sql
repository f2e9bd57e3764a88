-- Services beyond practices: teleconsultation sites, mobile units and their stops, one-off
-- initiatives. Replaced as a whole by each import of the manifest's "services" sources.
CREATE TABLE outreach_site (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    commune     VARCHAR(10)  NOT NULL,
    lon         DOUBLE PRECISION NOT NULL,
    lat         DOUBLE PRECISION NOT NULL,
    hours       VARCHAR(300),
    professions VARCHAR(300),
    operator    VARCHAR(200),
    source      VARCHAR(200) NOT NULL,
    demo        BOOLEAN      NOT NULL
);

CREATE TABLE outreach_unit (
    code     VARCHAR(40)  PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    operator VARCHAR(200),
    source   VARCHAR(200) NOT NULL,
    demo     BOOLEAN      NOT NULL
);

CREATE TABLE outreach_stop (
    unit_code      VARCHAR(40)  NOT NULL REFERENCES outreach_unit (code) ON DELETE CASCADE,
    position       INT          NOT NULL,
    commune        VARCHAR(10)  NOT NULL,
    place          VARCHAR(200),
    half_days      INT          NOT NULL,
    schedule       VARCHAR(300),
    PRIMARY KEY (unit_code, position)
);
CREATE INDEX ix_outreach_stop_commune ON outreach_stop (commune);

CREATE TABLE outreach_initiative (
    code           VARCHAR(40)  PRIMARY KEY,
    title          VARCHAR(200) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    held_on        DATE         NOT NULL,
    commune        VARCHAR(10)  NOT NULL,
    place          VARCHAR(200),
    public_reached INT,
    source         VARCHAR(200) NOT NULL,
    demo           BOOLEAN      NOT NULL
);
