/** "Button 2" before "Button 10": how people sort names with numbers in them. */
export const byName = new Intl.Collator("en", { numeric: true }).compare;
