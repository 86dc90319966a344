-- The stand-alone broker's session state (MQTT 3.1.1 §4.1): what must outlive a restart.
-- Packets are kept as JSON without their payload, which is a BLOB beside them.

-- The last retained message of each topic.
CREATE TABLE retained (
  topic    TEXT PRIMARY KEY,
  packet   TEXT NOT NULL,
  payload  BLOB NOT NULL
) STRICT;

-- The subscriptions of persistent sessions, with their options (qos, rh, rap, nl) as JSON.
CREATE TABLE subscriptions (
  client_id  TEXT NOT NULL,
  topic      TEXT NOT NULL,
  options    TEXT NOT NULL,
  PRIMARY KEY (client_id, topic)
) STRICT, WITHOUT ROWID;

-- QoS 1 and 2 messages queued for a session, in order, until acknowledged.
CREATE TABLE outgoing (
  id         INTEGER PRIMARY KEY,
  client_id  TEXT NOT NULL,
  packet     TEXT NOT NULL,
  payload    BLOB NOT NULL
) STRICT;
CREATE INDEX outgoing_by_client ON outgoing (client_id, id);

-- Inbound QoS 2 messages received and not yet released (PUBREL).
CREATE TABLE incoming (
  client_id   TEXT NOT NULL,
  message_id  INTEGER NOT NULL,
  packet      TEXT NOT NULL,
  payload     BLOB NOT NULL,
  PRIMARY KEY (client_id, message_id)
) STRICT, WITHOUT ROWID;

-- The last will of each connected client, published if the broker went down under it.
CREATE TABLE wills (
  client_id  TEXT PRIMARY KEY,
  packet     TEXT NOT NULL,
  payload    BLOB NOT NULL
) STRICT;
