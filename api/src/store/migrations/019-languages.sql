-- Their language (issue 21): a person's own choice of the dashboard's language, e-mails and
-- notices (`en`, `nb`, `da`, `sv`); NULL follows their browser, and a site's language (sites.language,
-- migration 012) speaks to guests and in its reports.
ALTER TABLE users ADD COLUMN locale TEXT;
