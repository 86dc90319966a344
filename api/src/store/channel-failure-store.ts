import type { FailingChannel } from "../health/conditions.ts";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";
import { lastSeqWrittenBefore } from "./written-logs.ts";

/**
 * Enabled channels whose attempts have failed since their last success (or ever, when none went
 * through): when the first such failure was, how many, and the latest error. An attempt cut off
 * by a stop (`interrupted`) says nothing about the receiver and is not counted. Only attempts
 * made since `since` are read (a range of the log's sequence, not the whole delivery log, which
 * retention keeps 400 days): a channel failing since before then shows as failing since then.
 */
export function failingChannels(db: Db, since: number): FailingChannel[] {
  const after = lastSeqWrittenBefore(db, "notify_attempts", since);
  return statement<[{ after: number }], FailingChannel>(
    db,
    `WITH recent AS MATERIALIZED (
       SELECT a.seq, a.at, a.outcome, a.error, d.channel_id FROM notify_attempts a
       JOIN notify_deliveries d ON d.id = a.delivery_id WHERE a.seq > @after),
     last_sent AS (
       SELECT channel_id, max(at) AS at FROM recent WHERE outcome = 'sent' GROUP BY channel_id)
     SELECT c.id, c.name, c.kind, min(r.at) AS firstFailedAt, count(*) AS failures,
       (SELECT r2.error FROM recent r2 WHERE r2.channel_id = c.id
          AND r2.outcome IN ('retry', 'failed') ORDER BY r2.seq DESC LIMIT 1) AS lastError
     FROM recent r
     JOIN notify_channels c ON c.id = r.channel_id
     LEFT JOIN last_sent s ON s.channel_id = c.id
     WHERE c.enabled = 1 AND r.outcome IN ('retry', 'failed') AND r.at > coalesce(s.at, -1)
     GROUP BY c.id ORDER BY c.id`,
  ).all({ after });
}
