-- Accounts, the audit log, and the account that asked for each evaluation and job (issue 10).

CREATE TABLE accounts (
    username         VARCHAR(64)   NOT NULL PRIMARY KEY,
    -- DelegatingPasswordEncoder's {id}hash, never the password.
    password_hash    VARCHAR(500)  NOT NULL,
    -- Comma-separated role names: ADMIN, POLICY, DATA_ENTRY, DISTRICT_STAFF, AUDITOR.
    roles            VARCHAR(200)  NOT NULL,
    -- The one district the account is limited to; NULL: every district.
    district_id      VARCHAR(64),
    enabled          BOOLEAN       NOT NULL,
    failed_sign_ins  INT           NOT NULL,
    locked_until     TIMESTAMP(3)  NULL,
    created_at       TIMESTAMP(3)  NOT NULL
);

CREATE TABLE audit_log (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recorded_at  TIMESTAMP(3)   NOT NULL,
    account      VARCHAR(64),
    action       VARCHAR(64)    NOT NULL,
    target       VARCHAR(500)   NOT NULL,
    status       INT            NOT NULL,
    outcome      VARCHAR(1000)
);
CREATE INDEX ix_audit_log_time ON audit_log (recorded_at);
CREATE INDEX ix_audit_log_account ON audit_log (account, recorded_at);
CREATE INDEX ix_audit_log_action ON audit_log (action, recorded_at);

ALTER TABLE evaluations ADD COLUMN requested_by VARCHAR(64);
ALTER TABLE rescore_jobs ADD COLUMN requested_by VARCHAR(64);
