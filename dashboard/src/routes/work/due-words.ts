/** "due in 3 h", "overdue by 20 min": how a card says its due time at a glance. */
export function dueWords(dueAt: string, now: number): { text: string; overdue: boolean } {
  const ms = Date.parse(dueAt) - now;
  const span = spanWords(Math.abs(ms));
  return ms < 0
    ? { text: `overdue by ${span}`, overdue: true }
    : { text: `due in ${span}`, overdue: false };
}

function spanWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "a moment";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}
