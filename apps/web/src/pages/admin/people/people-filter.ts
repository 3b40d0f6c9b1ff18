import type { Person, Role } from '../../../api/types';

export interface PeopleFilter {
  role: Role | '';
  divisionId: string | '';
  active: 'all' | 'active' | 'inactive';
  search: string;
}

export const NO_FILTER: PeopleFilter = { role: '', divisionId: '', active: 'all', search: '' };

/** The people matching every chosen filter; the search looks in name, email and position. */
export function filterPeople(people: readonly Person[], filter: PeopleFilter): Person[] {
  const words = filter.search.trim().toLowerCase();
  return people.filter(
    (person) =>
      (filter.role === '' || person.role === filter.role) &&
      (filter.divisionId === '' || person.divisionId === filter.divisionId) &&
      (filter.active === 'all' || person.active === (filter.active === 'active')) &&
      (words === '' || `${person.displayName} ${person.email} ${person.position}`.toLowerCase().includes(words)),
  );
}

/** Division heads and officers work in one division; the other roles in none. */
export function needsDivision(role: Role | ''): boolean {
  return role === 'division_head' || role === 'officer';
}
