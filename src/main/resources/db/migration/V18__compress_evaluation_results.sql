-- Evaluation results stored compressed: result_zip holds the result's JSON (UTF-8) deflated in the format of
-- MySQL's and MariaDB's COMPRESS() (four bytes of the uncompressed length, low byte first, then a zlib stream), so
-- that SELECT UNCOMPRESS(result_zip) shows it in SQL too; result_digest is the SHA-256 (hex) of that JSON, checked
-- on every read. A result's JSON averages tens of KB and repeats its record ids and reasons: deflated it is about
-- a tenth (docs/performance.md). Evaluations stored before keep their result_json and read as before.

ALTER TABLE evaluations ADD COLUMN result_zip LONGBLOB NULL;
ALTER TABLE evaluations ADD COLUMN result_digest CHAR(64) NULL;
ALTER TABLE evaluations MODIFY COLUMN result_json LONGTEXT NULL;
