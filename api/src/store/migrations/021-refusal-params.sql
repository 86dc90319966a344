-- Words for people (issue 21): what a refused message and a delivery's summary speak of, as JSON
-- parameters beside their code (the reason, the purpose), so that the dashboard writes them in
-- the reader's language. NULL for rows written before: their English message is all there is.
ALTER TABLE rejected_events ADD COLUMN params TEXT;
ALTER TABLE notify_deliveries ADD COLUMN summary_params TEXT;
