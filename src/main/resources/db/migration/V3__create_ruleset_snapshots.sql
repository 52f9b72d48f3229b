-- Every distinct ruleset content that ever served, so that an evaluation can be replayed on its own rules.

CREATE TABLE ruleset_snapshots (
    hash            CHAR(64)     NOT NULL PRIMARY KEY,
    scheme          VARCHAR(64)  NOT NULL,
    scheme_year     INT          NOT NULL,
    title           VARCHAR(300),
    files_json      LONGTEXT     NOT NULL,
    first_served_at TIMESTAMP(3) NOT NULL
);
