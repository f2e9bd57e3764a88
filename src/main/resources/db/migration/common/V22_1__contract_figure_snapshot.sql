-- The observatory's figures of a contract's perimeter frozen at one moment (at creation, when the
-- signature date is set or changed, or on request: "Figer les chiffres actuels"). Oasis keeps no
-- history of its indicators, so this is what the contract page shows "à la signature" beside the
-- figures of the data loaded now. One row per figure; a new freeze replaces every row of the contract.
CREATE TABLE contract_figure_snapshot (
    contract_id   BIGINT        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    figure_key    VARCHAR(80)   NOT NULL,
    label         VARCHAR(300)  NOT NULL,
    amount        DOUBLE PRECISION,
    unit          VARCHAR(200),
    source        VARCHAR(300),
    millesime     INT,
    demo          BOOLEAN       NOT NULL,
    taken_at      TIMESTAMP     NOT NULL,
    taken_by      VARCHAR(100)  NOT NULL,
    reason        VARCHAR(200)  NOT NULL,
    data_versions VARCHAR(300)  NOT NULL,
    PRIMARY KEY (contract_id, figure_key)
);
