-- Publishing a re-score job after the public notice (公示, DOMAIN §10): when and by whom its results were turned
-- into titles, the revision of the facts that recorded them, and how many titles it granted and revoked. NULL while
-- the job is unpublished; set once.

ALTER TABLE rescore_jobs ADD COLUMN published_at TIMESTAMP(3) NULL;
ALTER TABLE rescore_jobs ADD COLUMN published_by VARCHAR(100) NULL;
ALTER TABLE rescore_jobs ADD COLUMN published_revision BIGINT NULL;
ALTER TABLE rescore_jobs ADD COLUMN titles_granted INT NULL;
ALTER TABLE rescore_jobs ADD COLUMN titles_revoked INT NULL;
