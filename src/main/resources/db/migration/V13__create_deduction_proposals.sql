-- Credit deductions that stored evaluations propose (issue 12 item 5), one row per identity: scheme, year, rule code,
-- the records the proposal cites and the company (identity_hash is the SHA-256 of the five). Evaluating again updates
-- the row instead of adding one: it keeps the first evaluation that proposed it and points at the latest; a proposal a
-- later evaluation no longer makes stays as it was. A district staff account confirms a proposal (it becomes the
-- creditDeductions fact credit_deduction_id in the revision credit_deduction_revision) or rejects it with a reason, once; from then on the
-- points, reason and clause it was decided on are kept, and decided_evaluation_id names the evaluation it cited.

CREATE TABLE deduction_proposals (
    id                     VARCHAR(36)    NOT NULL PRIMARY KEY,
    identity_hash          CHAR(64)       NOT NULL,
    scheme                 VARCHAR(64)    NOT NULL,
    scheme_year            INT            NOT NULL,
    rule_code              VARCHAR(100)   NOT NULL,
    -- The ids of the records the proposal cites (e.g. the incident), a JSON array in the order the rule gave them.
    cited                  VARCHAR(1000)  NOT NULL,
    company_id             VARCHAR(64)    NOT NULL,
    subject_type           VARCHAR(16)    NOT NULL,
    subject_id             VARCHAR(64)    NOT NULL,
    points                 DECIMAL(9, 2)  NOT NULL,
    reason                 VARCHAR(1000),
    clause                 VARCHAR(300),
    -- PROPOSED, CONFIRMED or REJECTED.
    state                  VARCHAR(16)    NOT NULL,
    first_evaluation_id    VARCHAR(36)    NOT NULL,
    first_proposed_at      TIMESTAMP(3)   NOT NULL,
    latest_evaluation_id   VARCHAR(36)    NOT NULL,
    latest_proposed_at     TIMESTAMP(3)   NOT NULL,
    decided_by             VARCHAR(64),
    decided_at             TIMESTAMP(3)   NULL,
    decision_reason        VARCHAR(1000),
    decided_evaluation_id  VARCHAR(36),
    credit_deduction_id    VARCHAR(64),
    -- The revision that recorded that fact.
    credit_deduction_revision BIGINT,
    CONSTRAINT uq_deduction_proposals_identity UNIQUE (identity_hash)
);
CREATE INDEX ix_deduction_proposals_company ON deduction_proposals (company_id, state);
CREATE INDEX ix_deduction_proposals_state ON deduction_proposals (state, first_proposed_at);
