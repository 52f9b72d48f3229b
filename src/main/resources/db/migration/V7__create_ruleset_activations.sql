-- Which ruleset content went into service when, by whom and how (through the API or by a reload of the rules
-- directory), and the drafts that passed a check, so that one can be activated later by its hash.

CREATE TABLE ruleset_activations (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme         VARCHAR(64)   NOT NULL,
    scheme_year    INT           NOT NULL,
    hash           CHAR(64)      NOT NULL,
    previous_hash  CHAR(64),
    activated_by   VARCHAR(200)  NOT NULL,
    activated_at   TIMESTAMP(3)  NOT NULL,
    source         VARCHAR(16)   NOT NULL
);
CREATE INDEX ix_ruleset_activations_key ON ruleset_activations (scheme, scheme_year, id);

-- The whole content of each draft that passed every check (its files after the overlay), by hash.
CREATE TABLE ruleset_drafts (
    hash            CHAR(64)      NOT NULL PRIMARY KEY,
    scheme          VARCHAR(64)   NOT NULL,
    scheme_year     INT           NOT NULL,
    based_on_year   INT,
    based_on_hash   CHAR(64),
    files_json      LONGTEXT      NOT NULL,
    checked_at      TIMESTAMP(3)  NOT NULL
);
