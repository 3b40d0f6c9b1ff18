/**
 * Which owner divisions of a measure a reassignment replaced, and by whom: each owner the
 * lifecycle no longer assigns is paired, in order, with an assigned division that is not yet an
 * owner. Empty when the owners already match the assignments (so applying it twice changes nothing).
 */
export function ownerReplacements(ownerDivisionIds: readonly string[], assignedDivisionIds: readonly string[]): [from: string, to: string][] {
  const gone = ownerDivisionIds.filter((id) => !assignedDivisionIds.includes(id));
  const arrived = assignedDivisionIds.filter((id) => !ownerDivisionIds.includes(id));
  return gone.slice(0, arrived.length).map((from, index) => [from, arrived[index]]);
}
