-- People who sign in. `sites` is a JSON array of site ids the user may see; NULL is every site.
CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE,
  display_name   TEXT NOT NULL,
  role           TEXT NOT NULL,            -- viewer | staff | manager | admin
  sites          TEXT,
  password_hash  TEXT NOT NULL,            -- scrypt$N$r$p$salt$hash
  created_at     INTEGER NOT NULL,
  disabled_at    INTEGER,
  last_login_at  INTEGER
) STRICT;

-- Dashboard sign-ins. Only a hash of the session token is kept, as for API tokens.
CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  ended_at    INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user_id);

-- A personal token acts as its user (role and sites from the user); a system token has its own.
ALTER TABLE api_tokens ADD COLUMN user_id INTEGER REFERENCES users(id);
ALTER TABLE api_tokens ADD COLUMN sites TEXT;
ALTER TABLE api_tokens ADD COLUMN last_used_at INTEGER;

-- QR report keys are signed with a server key and carry this version: raising it revokes them.
ALTER TABLE assets ADD COLUMN report_key_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE server_keys (
  name    TEXT PRIMARY KEY,
  secret  BLOB NOT NULL
) STRICT;
INSERT INTO server_keys (name, secret) VALUES ('report-keys', randomblob(32));

-- Which site an audited change concerns, so the defect timeline and site managers can find it.
ALTER TABLE audit_log ADD COLUMN site TEXT;
