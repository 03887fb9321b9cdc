/** Today's date in the viewer's own calendar, as `YYYY-MM-DD` (the form due dates are stored in). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A due date before today: an open action item past it is overdue; a new one should not be. */
export function isPastDue(dueDate: string, today: string = localToday()): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(dueDate) && dueDate < today;
}
