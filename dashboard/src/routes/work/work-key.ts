/** The dependency of My work's lists: a change to any defect of the user's sites reloads them. */
export const WORK = "bulbcheck:work";
