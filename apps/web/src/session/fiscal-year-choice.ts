/** The year to show first: the current one when the organisation has it, else its newest (the list is newest first). */
export function defaultYear(years: readonly number[], current: number): number {
  return years.includes(current) ? current : (years[0] ?? current);
}

/** The years to offer, newest first: the organisation's, with the current one added when missing. */
export function yearsWithCurrent(years: readonly number[], current: number): number[] {
  return [...new Set([...years, current])].sort((a, b) => b - a);
}

/** The fiscal year (พ.ศ.) an ISO date falls in: from 1 October. */
export function fiscalYearOfDate(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return (month >= 10 ? year + 1 : year) + 543;
}
