-- 街道社区现场打分 (DOMAIN §2 inspections) with its history like the other kinds (V9), and the period an
-- evaluation or a re-scoring job is for (a quarter or the whole year; NULL where the scheme has no periods).

CREATE TABLE inspections (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    project_id   VARCHAR(64)   NOT NULL,
    inspected_on DATE          NOT NULL,
    score        DECIMAL(7, 3) NOT NULL,
    inspector    VARCHAR(200),
    revision     BIGINT        NOT NULL DEFAULT 0,
    recorded_at  TIMESTAMP(3)  NULL,
    CONSTRAINT fk_inspections_project FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX ix_inspections_project ON inspections (project_id, inspected_on);

CREATE TABLE inspections_history (
    id           VARCHAR(64)   NOT NULL,
    project_id   VARCHAR(64)   NOT NULL,
    inspected_on DATE          NOT NULL,
    score        DECIMAL(7, 3) NOT NULL,
    inspector    VARCHAR(200),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_inspections_history_revisions ON inspections_history (revision, retired_revision);

ALTER TABLE evaluations ADD COLUMN period VARCHAR(16) NULL;
ALTER TABLE rescore_jobs ADD COLUMN period VARCHAR(16) NULL;
