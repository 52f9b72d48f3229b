-- DOMAIN §2: names are descriptive text and not required, so the import accepts a row without one.
-- Valid on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE districts MODIFY name VARCHAR(200) NULL;
ALTER TABLE streets MODIFY name VARCHAR(200) NULL;
ALTER TABLE communities MODIFY name VARCHAR(200) NULL;
ALTER TABLE companies MODIFY name VARCHAR(200) NULL;
ALTER TABLE projects MODIFY name VARCHAR(200) NULL;
