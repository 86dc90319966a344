import type { FailingChannel } from "../health/conditions.ts";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Enabled channels whose attempts have failed since their last success (or ever, when none went
 * through): when the first such failure was, how many, and the latest error. An attempt cut off
 * by a stop (`interrupted`) says nothing about the receiver and is not counted.
 */
export function failingChannels(db: Db): FailingChannel[] {
  return statement<[], FailingChannel>(
    db,
    `WITH last_sent AS (
       SELECT d.channel_id, max(a.at) AS at FROM notify_attempts a
       JOIN notify_deliveries d ON d.id = a.delivery_id
       WHERE a.outcome = 'sent' GROUP BY d.channel_id)
     SELECT c.id, c.name, c.kind, min(a.at) AS firstFailedAt, count(*) AS failures,
       (SELECT a2.error FROM notify_attempts a2 JOIN notify_deliveries d2 ON d2.id = a2.delivery_id
        WHERE d2.channel_id = c.id AND a2.outcome IN ('retry', 'failed')
        ORDER BY a2.seq DESC LIMIT 1) AS lastError
     FROM notify_channels c
     JOIN notify_deliveries d ON d.channel_id = c.id
     JOIN notify_attempts a ON a.delivery_id = d.id
     LEFT JOIN last_sent s ON s.channel_id = c.id
     WHERE c.enabled = 1 AND a.outcome IN ('retry', 'failed') AND a.at > coalesce(s.at, -1)
     GROUP BY c.id ORDER BY c.id`,
  ).all();
}
