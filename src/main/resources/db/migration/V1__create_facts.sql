-- Facts of DOMAIN §2. Valid on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE districts (
    id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE streets (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    district_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT fk_streets_district FOREIGN KEY (district_id) REFERENCES districts (id)
);

CREATE TABLE communities (
    id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    street_id VARCHAR(64)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_communities_street FOREIGN KEY (street_id) REFERENCES streets (id)
);

CREATE TABLE companies (
    id                     VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    credit_code            CHAR(18),
    employee_count         INT,
    party_member_count     INT,
    party_org              VARCHAR(32)  NOT NULL,
    party_org_established  DATE,
    checklist_venue        BOOLEAN      NOT NULL DEFAULT FALSE,
    checklist_flag         BOOLEAN      NOT NULL DEFAULT FALSE,
    checklist_oath         BOOLEAN      NOT NULL DEFAULT FALSE,
    checklist_duty_division BOOLEAN     NOT NULL DEFAULT FALSE,
    checklist_work_plan    BOOLEAN      NOT NULL DEFAULT FALSE,
    checklist_notice_board BOOLEAN      NOT NULL DEFAULT FALSE,
    first_service_date     DATE         NOT NULL
);

CREATE TABLE projects (
    id                          VARCHAR(64)   NOT NULL PRIMARY KEY,
    name                        VARCHAR(200)  NOT NULL,
    community_id                VARCHAR(64)   NOT NULL,
    company_id                  VARCHAR(64),
    manager_name                VARCHAR(100),
    manager_is_party_member     BOOLEAN,
    manager_on_branch_committee BOOLEAN,
    households                  INT,
    occupancy_rate              DECIMAL(7, 4),
    party_org_established       DATE,
    disclosure_contract         BOOLEAN       NOT NULL DEFAULT FALSE,
    disclosure_service_standard BOOLEAN       NOT NULL DEFAULT FALSE,
    disclosure_public_income    BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_projects_community FOREIGN KEY (community_id) REFERENCES communities (id),
    CONSTRAINT fk_projects_company FOREIGN KEY (company_id) REFERENCES companies (id)
);
CREATE INDEX ix_projects_company ON projects (company_id);

CREATE TABLE committees (
    id                   VARCHAR(64) NOT NULL PRIMARY KEY,
    project_id           VARCHAR(64) NOT NULL,
    kind                 VARCHAR(32) NOT NULL,
    established          DATE        NOT NULL,
    member_count         INT,
    party_member_count   INT,
    chair_is_party_member BOOLEAN    NOT NULL DEFAULT FALSE,
    has_party_org        BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_committees_project FOREIGN KEY (project_id) REFERENCES projects (id)
);

CREATE TABLE nominations (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    scheme       VARCHAR(64)  NOT NULL,
    scheme_year  INT          NOT NULL,
    project_id   VARCHAR(64)  NOT NULL,
    nominated_on DATE         NOT NULL,
    opinion      VARCHAR(1000),
    CONSTRAINT fk_nominations_project FOREIGN KEY (project_id) REFERENCES projects (id)
);

CREATE TABLE activities (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    project_id          VARCHAR(64)   NOT NULL,
    held_on             DATE          NOT NULL,
    organizer           VARCHAR(200),
    heart               VARCHAR(16)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    title               VARCHAR(300),
    description         VARCHAR(2000),
    photo_count         INT,
    resident_signatures INT,
    CONSTRAINT fk_activities_project FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX ix_activities_project ON activities (project_id, held_on);

CREATE TABLE incidents (
    id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    project_id            VARCHAR(64),
    company_id            VARCHAR(64)   NOT NULL,
    occurred_on           DATE          NOT NULL,
    incident_type         VARCHAR(32)   NOT NULL,
    description           VARCHAR(2000),
    rectify_by            DATE,
    rectified_on          DATE,
    rectification_verdict VARCHAR(16),
    CONSTRAINT fk_incidents_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_incidents_company FOREIGN KEY (company_id) REFERENCES companies (id)
);

CREATE TABLE credit_deductions (
    id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    company_id VARCHAR(64)   NOT NULL,
    imposed_on DATE          NOT NULL,
    points     DECIMAL(9, 2) NOT NULL,
    reason     VARCHAR(1000),
    CONSTRAINT fk_credit_deductions_company FOREIGN KEY (company_id) REFERENCES companies (id)
);

CREATE TABLE surveys (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    company_id    VARCHAR(64)   NOT NULL,
    surveyed_on   DATE          NOT NULL,
    respondents   INT,
    average_score DECIMAL(7, 3),
    CONSTRAINT fk_surveys_company FOREIGN KEY (company_id) REFERENCES companies (id)
);

CREATE TABLE assessments (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    company_id       VARCHAR(64)  NOT NULL,
    assessment_level VARCHAR(16)  NOT NULL,
    assessed_on      DATE         NOT NULL,
    organization     DECIMAL(6, 2),
    team             DECIMAL(6, 2),
    management       DECIMAL(6, 2),
    service          DECIMAL(6, 2),
    image            DECIMAL(6, 2),
    CONSTRAINT fk_assessments_company FOREIGN KEY (company_id) REFERENCES companies (id)
);

CREATE TABLE indicators (
    id              VARCHAR(64)    NOT NULL PRIMARY KEY,
    subject_type    VARCHAR(16)    NOT NULL,
    subject_id      VARCHAR(64)    NOT NULL,
    code            VARCHAR(100)   NOT NULL,
    indicator_value DECIMAL(18, 6) NOT NULL,
    measured_on     DATE           NOT NULL
);
CREATE INDEX ix_indicators_subject ON indicators (subject_type, subject_id);
