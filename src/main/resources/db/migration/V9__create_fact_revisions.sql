-- Fact revisions (issue 9): every import is a numbered revision, and a fact is never overwritten.
-- The fact tables keep the current version of each fact only, so that reads of current facts stay as fast as
-- before, with the revision that recorded it and when. A changed or retracted fact moves its closed version to
-- the kind's history table (same columns, plus the revision that closed it). Facts stored before revisions
-- existed belong to revision 0, recorded at an unknown time. Valid on MySQL 8, MariaDB 10.11 and H2 (MySQL mode).

-- One row per import: who, when, from where, what it changed per kind, and the SHA-256 of its payload.
CREATE TABLE fact_revisions (
    revision      BIGINT        NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP(3)  NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    source        VARCHAR(200)  NOT NULL,
    payload_hash  CHAR(64),
    counts_json   TEXT          NOT NULL
);
CREATE INDEX ix_fact_revisions_recorded ON fact_revisions (recorded_at);

-- The last revision handed out: an import locks this row (SELECT … FOR UPDATE) for its whole transaction, so
-- imports are applied one after another and revisions are numbered without gaps.
CREATE TABLE fact_revision_counter (
    id             INT    NOT NULL PRIMARY KEY,
    last_revision  BIGINT NOT NULL
);
INSERT INTO fact_revision_counter (id, last_revision) VALUES (1, 0);

ALTER TABLE districts ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE districts ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE districts_history (
    id   VARCHAR(64)  NOT NULL,
    name VARCHAR(200) NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_districts_history_revisions ON districts_history (revision, retired_revision);

ALTER TABLE streets ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE streets ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE streets_history (
    id          VARCHAR(64)  NOT NULL,
    district_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_streets_history_revisions ON streets_history (revision, retired_revision);

ALTER TABLE communities ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE communities_history (
    id        VARCHAR(64)  NOT NULL,
    street_id VARCHAR(64)  NOT NULL,
    name      VARCHAR(200) NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_communities_history_revisions ON communities_history (revision, retired_revision);

ALTER TABLE companies ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE companies ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE companies_history (
    id                     VARCHAR(64)  NOT NULL,
    name                   VARCHAR(200) NULL,
    credit_code            CHAR(18),
    employee_count         INT,
    party_member_count     INT,
    party_org              VARCHAR(32)  NOT NULL,
    party_org_established  DATE,
    checklist_venue        BOOLEAN      NOT NULL,
    checklist_flag         BOOLEAN      NOT NULL,
    checklist_oath         BOOLEAN      NOT NULL,
    checklist_duty_division BOOLEAN     NOT NULL,
    checklist_work_plan    BOOLEAN      NOT NULL,
    checklist_notice_board BOOLEAN      NOT NULL,
    first_service_date     DATE         NOT NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_companies_history_revisions ON companies_history (revision, retired_revision);

ALTER TABLE projects ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE projects_history (
    id                          VARCHAR(64)   NOT NULL,
    name                        VARCHAR(200)  NULL,
    community_id                VARCHAR(64)   NOT NULL,
    company_id                  VARCHAR(64),
    manager_name                VARCHAR(100),
    manager_is_party_member     BOOLEAN,
    manager_on_branch_committee BOOLEAN,
    households                  INT,
    occupancy_rate              DECIMAL(7, 4),
    party_org_established       DATE,
    disclosure_contract         BOOLEAN       NOT NULL,
    disclosure_service_standard BOOLEAN       NOT NULL,
    disclosure_public_income    BOOLEAN       NOT NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_projects_history_revisions ON projects_history (revision, retired_revision);

ALTER TABLE committees ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE committees ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE committees_history (
    id                   VARCHAR(64) NOT NULL,
    project_id           VARCHAR(64) NOT NULL,
    kind                 VARCHAR(32) NOT NULL,
    established          DATE        NOT NULL,
    member_count         INT,
    party_member_count   INT,
    chair_is_party_member BOOLEAN    NOT NULL,
    has_party_org        BOOLEAN     NOT NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_committees_history_revisions ON committees_history (revision, retired_revision);

ALTER TABLE nominations ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE nominations ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE nominations_history (
    id           VARCHAR(64)  NOT NULL,
    scheme       VARCHAR(64)  NOT NULL,
    scheme_year  INT          NOT NULL,
    project_id   VARCHAR(64)  NOT NULL,
    nominated_on DATE         NOT NULL,
    opinion      VARCHAR(1000),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_nominations_history_revisions ON nominations_history (revision, retired_revision);

ALTER TABLE activities ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE activities ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE activities_history (
    id                  VARCHAR(64)   NOT NULL,
    project_id          VARCHAR(64)   NOT NULL,
    held_on             DATE          NOT NULL,
    organizer           VARCHAR(200),
    heart               VARCHAR(16)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    title               VARCHAR(300),
    description         VARCHAR(2000),
    photo_count         INT,
    resident_signatures INT,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_activities_history_revisions ON activities_history (revision, retired_revision);

ALTER TABLE incidents ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE incidents_history (
    id                    VARCHAR(64)   NOT NULL,
    project_id            VARCHAR(64),
    company_id            VARCHAR(64)   NOT NULL,
    occurred_on           DATE          NOT NULL,
    incident_type         VARCHAR(32)   NOT NULL,
    description           VARCHAR(2000),
    rectify_by            DATE,
    rectified_on          DATE,
    rectification_verdict VARCHAR(16),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_incidents_history_revisions ON incidents_history (revision, retired_revision);

ALTER TABLE credit_deductions ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE credit_deductions ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE credit_deductions_history (
    id         VARCHAR(64)   NOT NULL,
    company_id VARCHAR(64)   NOT NULL,
    imposed_on DATE          NOT NULL,
    points     DECIMAL(9, 2) NOT NULL,
    reason     VARCHAR(1000),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_credit_deductions_history_revisions ON credit_deductions_history (revision, retired_revision);

ALTER TABLE surveys ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE surveys ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE surveys_history (
    id            VARCHAR(64)   NOT NULL,
    company_id    VARCHAR(64)   NOT NULL,
    surveyed_on   DATE          NOT NULL,
    respondents   INT,
    average_score DECIMAL(7, 3),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_surveys_history_revisions ON surveys_history (revision, retired_revision);

ALTER TABLE assessments ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE assessments ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE assessments_history (
    id               VARCHAR(64)  NOT NULL,
    company_id       VARCHAR(64)  NOT NULL,
    assessment_level VARCHAR(16)  NOT NULL,
    assessed_on      DATE         NOT NULL,
    organization     DECIMAL(6, 2),
    team             DECIMAL(6, 2),
    management       DECIMAL(6, 2),
    service          DECIMAL(6, 2),
    image            DECIMAL(6, 2),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_assessments_history_revisions ON assessments_history (revision, retired_revision);

ALTER TABLE indicators ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE indicators ADD COLUMN recorded_at TIMESTAMP(3) NULL;
CREATE TABLE indicators_history (
    id              VARCHAR(64)    NOT NULL,
    subject_type    VARCHAR(16)    NOT NULL,
    subject_id      VARCHAR(64)    NOT NULL,
    code            VARCHAR(100)   NOT NULL,
    indicator_value DECIMAL(18, 6) NOT NULL,
    measured_on     DATE           NOT NULL,
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_indicators_history_revisions ON indicators_history (revision, retired_revision);

-- Evaluations name the revision of the facts they read and the scope read, instead of a copy of the facts.
-- Evaluations stored before keep their facts_hash and are replayed from their snapshot.
ALTER TABLE evaluations ADD COLUMN facts_revision BIGINT NULL;
ALTER TABLE evaluations ADD COLUMN facts_scope VARCHAR(100) NULL;
