/** The dependency of the header's unread count: read again now and then, and after marking. */
export const NOTICES = "bulbcheck:notices";
/** How often a page asks for the count again (a cheap read). */
export const NOTICES_POLL_MS = 30_000;
