-- The rulesets an evaluation used besides its own (those its manifest requires, transitively): scheme, year,
-- periods evaluated and content hash of each, as a JSON list, so that replay and diff take the same contents
-- again. Evaluations stored before used none: an empty list.

ALTER TABLE evaluations ADD COLUMN required_rulesets LONGTEXT NULL;
UPDATE evaluations SET required_rulesets = '[]';
