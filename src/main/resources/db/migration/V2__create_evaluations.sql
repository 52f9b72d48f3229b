-- Stored evaluation results: the full result as JSON, and the facts the evaluation saw, so that it can be replayed.

CREATE TABLE evaluations (
    id            VARCHAR(36)    NOT NULL PRIMARY KEY,
    scheme        VARCHAR(64)    NOT NULL,
    scheme_year   INT            NOT NULL,
    subject_type  VARCHAR(16)    NOT NULL,
    subject_id    VARCHAR(64)    NOT NULL,
    as_of         DATE           NOT NULL,
    status        VARCHAR(64)    NOT NULL,
    total_points  DECIMAL(12, 2) NOT NULL,
    ruleset_hash  CHAR(64)       NOT NULL,
    evaluated_at  TIMESTAMP(3)   NOT NULL,
    result_json   LONGTEXT       NOT NULL,
    facts_json    LONGTEXT       NOT NULL
);
CREATE INDEX ix_evaluations_subject ON evaluations (subject_type, subject_id, evaluated_at);
