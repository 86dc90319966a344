/** The dependency of one defect's page: a change to that defect reloads it alone. */
export const defectKey = (id: number | string) => `bulbcheck:defect:${id}`;
