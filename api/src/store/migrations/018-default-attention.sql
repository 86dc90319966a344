-- Attention without noise (issue 20, item 8): the e-mail to the person a notice is for goes out
-- from `user_notices` itself (the table is the outbox). `mailed_at` (migration 015) is set once
-- the notice is settled; these say how far it got: attempts made, when the next is due after a
-- failure that may pass, and the outcome in words ("sent", "no e-mail address", an SMTP error).
ALTER TABLE user_notices ADD COLUMN mail_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user_notices ADD COLUMN mail_next_at INTEGER;
ALTER TABLE user_notices ADD COLUMN mail_result TEXT;
-- Notices already there when this runs are not mailed: they were made before anyone asked for it.
UPDATE user_notices SET mailed_at = at, mail_result = 'made before e-mail to assignees' WHERE mailed_at IS NULL;
