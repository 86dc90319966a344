import type { DeliveryState, DeliveryView } from "@bulbcheck/shared";
import { formatDay, getLocale, type Locale, m } from "@bulbcheck/shared/i18n";

/** A delivery's state in the reader's words. */
const WORDS: Record<DeliveryState, () => string> = {
  pending: m.admin_state_pending,
  sending: m.admin_state_sending,
  sent: m.admin_state_sent,
  failed: m.admin_state_failed,
  uncertain: m.admin_state_uncertain,
};

export const deliveryWords = (state: DeliveryState): string => WORDS[state]();

const text = (value: string | number | undefined) =>
  value === undefined ? undefined : String(value);

/**
 * What a delivery was, in the reader's words, from its purpose and `summaryParams`
 * (docs/api.md#delivery-summary-addition). A delivery queued before the API kept them, or one
 * whose parameters this dashboard cannot read, shows the API's English summary.
 */
export function deliverySummaryWords(
  d: Pick<DeliveryView, "purpose" | "summary" | "summaryParams">,
  reader: Locale = getLocale() as Locale,
): string {
  const p = d.summaryParams;
  if (p === null) return d.summary;
  switch (d.purpose) {
    case "step": {
      const [level, levelName, rule, defect] = [p.level, p.levelName, p.rule, p.defect].map(text);
      if (level && levelName !== undefined && rule !== undefined && defect)
        return m.admin_summary_step({ level, levelName, rule, defect });
      break;
    }
    case "report":
      if (typeof p.day === "string" && p.subscription !== undefined)
        return m.admin_summary_report({
          day: formatDay(p.day, reader),
          subscription: String(p.subscription),
        });
      break;
    case "test":
      if (p.channel !== undefined) return m.admin_summary_test({ channel: String(p.channel) });
      break;
  }
  return d.summary;
}
