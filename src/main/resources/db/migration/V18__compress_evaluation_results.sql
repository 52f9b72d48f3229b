-- Evaluation results stored compressed: result_zip holds the result's JSON (UTF-8) as four bytes of its length
-- (low byte first, as COMPRESS() has them) and a zlib stream of it deflated against a preset dictionary
-- (org.redproperty.evaluation.StoredResults); result_digest is the SHA-256 (hex) of that JSON, checked on every
-- read. A result's JSON runs to tens of KB and shares its field names, rule names and reasons with every other:
-- deflated so it is about a twelfth (docs/performance.md). Evaluations stored before keep their result_json and read
-- as before.

ALTER TABLE evaluations ADD COLUMN result_zip LONGBLOB NULL;
ALTER TABLE evaluations ADD COLUMN result_digest CHAR(64) NULL;
ALTER TABLE evaluations MODIFY COLUMN result_json LONGTEXT NULL;
