/** The dependency of the admins' health banner: read again every `HEALTH_POLL_MS`. */
export const HEALTH = "bulbcheck:health";

/**
 * Polled rather than pushed: the monitor checks every 10 s and the live stream carries defects
 * and devices, not the node's own state; a read every 15 s is one small request per admin tab.
 */
export const HEALTH_POLL_MS = 15_000;
