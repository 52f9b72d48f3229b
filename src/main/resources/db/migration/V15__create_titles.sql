-- 称号 (DOMAIN §2 titles): a title a project or company holds once its result was published, with its history
-- like the other kinds (V9). The holder is a project or a company (holder_type), so it has no foreign key, as an
-- indicator's subject has none; the import checks that it exists.

CREATE TABLE titles (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    holder_type       VARCHAR(16)   NOT NULL,
    holder_id         VARCHAR(64)   NOT NULL,
    scheme            VARCHAR(64)   NOT NULL,
    scheme_year       INT           NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    granted_on        DATE          NOT NULL,
    revoked_on        DATE          NULL,
    revocation_reason VARCHAR(1000),
    revision          BIGINT        NOT NULL DEFAULT 0,
    recorded_at       TIMESTAMP(3)  NULL
);
CREATE INDEX ix_titles_holder ON titles (holder_type, holder_id);
CREATE INDEX ix_titles_holder_id ON titles (holder_id);

CREATE TABLE titles_history (
    id                VARCHAR(64)   NOT NULL,
    holder_type       VARCHAR(16)   NOT NULL,
    holder_id         VARCHAR(64)   NOT NULL,
    scheme            VARCHAR(64)   NOT NULL,
    scheme_year       INT           NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    granted_on        DATE          NOT NULL,
    revoked_on        DATE          NULL,
    revocation_reason VARCHAR(1000),
    revision BIGINT NOT NULL,
    recorded_at TIMESTAMP(3) NULL,
    retired_revision BIGINT NOT NULL,
    PRIMARY KEY (id, revision)
);
CREATE INDEX ix_titles_history_revisions ON titles_history (revision, retired_revision);
