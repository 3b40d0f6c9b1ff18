/** Whether a stand-in period is still to come, in force today, or over (dates are ISO days in Bangkok). */
export function delegationState(delegation: { startsOn: string; endsOn: string }, today: string): 'upcoming' | 'active' | 'ended' {
  if (today < delegation.startsOn) return 'upcoming';
  if (today > delegation.endsOn) return 'ended';
  return 'active';
}
