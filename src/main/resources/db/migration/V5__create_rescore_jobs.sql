-- Batch re-scoring jobs and their per-subject results, and the facts snapshots evaluations share.

-- The facts an evaluation saw, stored once per distinct content: a batch evaluates a whole district in one
-- session, and every evaluation of that session points at the same snapshot.
CREATE TABLE fact_snapshots (
    hash        CHAR(64)  NOT NULL PRIMARY KEY,
    facts_json  LONGTEXT  NOT NULL
);

ALTER TABLE evaluations ADD COLUMN facts_hash CHAR(64);
ALTER TABLE evaluations MODIFY COLUMN facts_json LONGTEXT NULL;

CREATE TABLE rescore_jobs (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    scheme           VARCHAR(64)   NOT NULL,
    scheme_year      INT           NOT NULL,
    as_of            DATE          NOT NULL,
    district_id      VARCHAR(64),
    scope_key        VARCHAR(200)  NOT NULL,
    -- The scope while the job is queued or running, NULL once it ended: unique, so that two jobs for one scope
    -- cannot run at once, whichever process started them.
    running_scope    VARCHAR(200),
    state            VARCHAR(16)   NOT NULL,
    total            INT           NOT NULL,
    done             INT           NOT NULL,
    failed           INT           NOT NULL,
    ruleset_hash     CHAR(64)      NOT NULL,
    previous_job_id  VARCHAR(36),
    error            TEXT,
    created_at       TIMESTAMP(3)  NOT NULL,
    started_at       TIMESTAMP(3)  NULL,
    finished_at      TIMESTAMP(3)  NULL,
    CONSTRAINT uq_rescore_jobs_running UNIQUE (running_scope)
);
CREATE INDEX ix_rescore_jobs_scope ON rescore_jobs (scope_key, state, created_at);

-- One row per subject and job; a district's rows are written in one transaction with their evaluations, so a
-- job resumed after a crash skips the districts already written and ends with exactly one row per subject.
CREATE TABLE rescore_results (
    job_id           VARCHAR(36)    NOT NULL,
    unit_id          VARCHAR(64)    NOT NULL,
    subject_type     VARCHAR(16)    NOT NULL,
    type_order       INT            NOT NULL,
    subject_id       VARCHAR(64)    NOT NULL,
    status           VARCHAR(64),
    total_points     DECIMAL(12, 2),
    subject_rank     INT,
    previous_status  VARCHAR(64),
    changed          BOOLEAN        NOT NULL,
    evaluation_id    VARCHAR(36),
    error_code       VARCHAR(64),
    error_message    TEXT,
    PRIMARY KEY (job_id, unit_id, subject_type, subject_id)
);
CREATE INDEX ix_rescore_results_order ON rescore_results (job_id, unit_id, type_order, subject_id);
