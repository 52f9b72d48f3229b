-- The units a re-score job is shared out in between the service instances on one database: one row per district
-- of the job. An instance claims a unit with a conditional UPDATE (unclaimed, or its lease has run out), renews its
-- lease while it works on it, and marks it done in the transaction that writes the district's results; the first
-- to mark it done writes it, any other instance that worked on it too writes nothing. Times are the database's
-- clock, so that instances on machines whose clocks differ agree on when a lease has run out.
CREATE TABLE rescore_units (
    job_id       VARCHAR(36)   NOT NULL,
    unit_id      VARCHAR(64)   NOT NULL,
    claimed_by   VARCHAR(100),
    lease_until  TIMESTAMP(3)  NULL,
    claims       INT           NOT NULL,
    done_at      TIMESTAMP(3)  NULL,
    done_by      VARCHAR(100),
    PRIMARY KEY (job_id, unit_id)
);
CREATE INDEX ix_rescore_units_open ON rescore_units (done_at, lease_until);
