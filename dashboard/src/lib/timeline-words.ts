import type { TimelineEntry } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";

/**
 * A timeline entry as people say it, in the page's language: "Assigned", "Put on hold". Who did
 * it is shown beside it (a name a device sent is marked as such).
 */
const WORDS: Record<TimelineEntry["type"], () => string> = {
  opened: m.defects_tl_opened,
  report: m.defects_tl_report,
  acknowledged: m.defects_tl_acknowledged,
  resolved: m.defects_tl_resolved,
  notified: m.defects_tl_notified,
  escalated: m.defects_tl_escalated,
  assigned: m.defects_tl_assigned,
  unassigned: m.defects_tl_unassigned,
  comment: m.defects_tl_comment,
  on_hold: m.defects_tl_on_hold,
  reopened: m.defects_tl_reopened,
  undone: m.defects_tl_undone,
  photo: m.defects_tl_photo,
};

export const timelineWords = (type: TimelineEntry["type"]): string => WORDS[type]();

/** Whether an entry's note is people's own words (a comment) rather than the system's. */
export const isComment = (entry: Pick<TimelineEntry, "type">) => entry.type === "comment";
