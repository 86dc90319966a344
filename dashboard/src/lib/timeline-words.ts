import type { TimelineEntry } from "@bulbcheck/shared";

/**
 * A timeline entry as people say it: "Assigned to staff of Hotel Oslo", "Put on hold: waiting
 * for parts". Who did it is shown beside it (a name a device sent is marked as such).
 */
export const TIMELINE_WORDS: Record<TimelineEntry["type"], string> = {
  opened: "Opened",
  report: "Reported",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
  notified: "Notified",
  escalated: "Escalated",
  assigned: "Assigned",
  unassigned: "Unassigned",
  comment: "Comment",
  on_hold: "Put on hold",
  reopened: "Reopened",
  undone: "Resolve undone",
  photo: "Photo",
};

/** Whether an entry's note is people's own words (a comment) rather than the system's. */
export const isComment = (entry: Pick<TimelineEntry, "type">) => entry.type === "comment";
