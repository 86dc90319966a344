import { recordAudit } from "../store/audit-store.ts";
import { insertChannel } from "../store/channel-store.ts";
import { type Db, transact } from "../store/database.ts";
import { notifyStateValue, setNotifyStateValue } from "../store/escalation-store.ts";
import { insertRule, listRules, type RuleFields } from "../store/rule-store.ts";

/**
 * The attention a fresh install pays by itself (docs/notifications.md, "The default rules"): an
 * in-app channel that tells each defect's site managers, and two every-site rules on it, one for
 * new high-severity defects and one for new customer reports (a rule's filters all have to pass,
 * so "high or customer" is two rules; a person named by both is told once). Made once, at the
 * first start of a version that has them; an admin turns them off or deletes them on the
 * Notifications page like any rule, and they do not come back. An install that has rules of its
 * own already gets the channel, to use in them, and no rules.
 */

export const IN_APP_CHANNEL_NAME = "Site managers (in-app)";
const MADE = "default_attention";

export const DEFAULT_ATTENTION_RULES: readonly Omit<RuleFields, "levels">[] = [
  {
    name: "New high-severity defects",
    site: null,
    enabled: true,
    match: { severities: ["high"] },
    quietHours: null,
  },
  {
    name: "New customer reports",
    site: null,
    enabled: true,
    match: { sources: ["customer"] },
    quietHours: null,
  },
];

/** Makes the in-app channel and the default rules, once. Whether it made them now. */
export function ensureDefaultAttention(db: Db, now: number): boolean {
  return transact(db, () => {
    if (notifyStateValue(db, MADE) !== undefined) return false;
    const fresh = listRules(db).length === 0;
    const channel = insertChannel(
      db,
      { name: IN_APP_CHANNEL_NAME, target: { kind: "in_app" }, secret: null },
      now,
    );
    const rules = fresh
      ? DEFAULT_ATTENTION_RULES.map((rule) =>
          insertRule(
            db,
            { ...rule, levels: [{ name: "Site managers", delayMinutes: 0, channels: [channel] }] },
            now,
          ),
        )
      : [];
    recordAudit(db, {
      at: now,
      actor: "bulbcheck",
      action: "notify.default_attention",
      target: `channel ${channel} (${IN_APP_CHANNEL_NAME})`,
      detail: { rules },
    });
    setNotifyStateValue(db, MADE, now);
    return true;
  });
}
