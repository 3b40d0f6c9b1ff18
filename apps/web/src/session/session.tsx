import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, orgPath } from '../api/client';
import type { Organization, Person, StandingIn } from '../api/types';
import { chosenLanguage, useLanguage } from '../i18n/language';

const ORG_KEY = 'prongsai.organization';
/** Whom the person acts for in this browser tab (sessionStorage: a new tab starts as themselves). */
const ACTING_KEY = 'prongsai.acting-for';

interface Session {
  person: Person | null;
  loading: boolean;
  /** The organisation being worked on: the person's own, or the one a system administrator chose. */
  organization: Organization | null;
  organizations: Organization[];
  chooseOrganization(code: string): void;
  /** The people the signed-in person stands in for today (delegations in force). */
  standingIn: StandingIn[];
  /** Whom they act for now: null while they act as themselves. */
  actingFor: StandingIn | null;
  actFor(personId: string | null): void;
  signIn(email: string, password: string): Promise<Person>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function me(): Promise<Person | null> {
  try {
    return await api<Person>('GET', '/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Drops what one person saw before another signs in (the session query itself stays observed). */
function forgetEverythingBut(queries: QueryClient, kept: string): void {
  queries.removeQueries({ predicate: (query) => query.queryKey[0] !== kept });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const { setLanguage } = useLanguage();
  const meQuery = useQuery({ queryKey: ['me'], queryFn: me, staleTime: 60_000 });
  const person = meQuery.data ?? null;
  const orgsQuery = useQuery({ queryKey: ['orgs', person?.id], queryFn: () => api<Organization[]>('GET', '/orgs'), enabled: person !== null });
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(ORG_KEY));

  const organizations = orgsQuery.data ?? [];
  const organization =
    organizations.find((org) => org.id === person?.organizationId) ?? organizations.find((org) => org.code === chosen) ?? organizations[0] ?? null;

  const standingInQuery = useQuery({
    queryKey: ['standing-in', organization?.code, person?.id],
    queryFn: () => api<StandingIn[]>('GET', `${orgPath(organization!.code)}/delegations/mine`),
    enabled: person !== null && organization !== null,
    staleTime: 60_000,
  });
  const standingIn = useMemo(() => standingInQuery.data ?? [], [standingInQuery.data]);
  const [actingForId, setActingForId] = useState<string | null>(() => sessionStorage.getItem(ACTING_KEY));
  // A delegation that ended (or another person signing in) leaves nobody to act for.
  const actingFor = standingIn.find((absent) => absent.personId === actingForId) ?? null;
  const actFor = useCallback((personId: string | null) => {
    if (personId === null) sessionStorage.removeItem(ACTING_KEY);
    else sessionStorage.setItem(ACTING_KEY, personId);
    setActingForId(personId);
  }, []);

  const chooseOrganization = useCallback((code: string) => {
    localStorage.setItem(ORG_KEY, code);
    setChosen(code);
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const answer = await api<{ person: Person }>('POST', '/auth/sign-in', { email, password });
      forgetEverythingBut(queries, 'me');
      queries.setQueryData(['me'], answer.person);
      // A language chosen in this browser (on the sign-in page, say) wins and becomes the profile's.
      const chosen = chosenLanguage();
      if (chosen && chosen !== answer.person.language) {
        const updated = await api<Person>('PUT', '/auth/me/preferences', { language: chosen }).catch(() => answer.person);
        queries.setQueryData(['me'], updated);
        return updated;
      }
      setLanguage(answer.person.language);
      return answer.person;
    },
    [queries, setLanguage],
  );

  const signOut = useCallback(async () => {
    await api('POST', '/auth/sign-out').catch(() => undefined);
    actFor(null);
    forgetEverythingBut(queries, 'me');
    queries.setQueryData(['me'], null);
  }, [queries, actFor]);

  const refresh = useCallback(async () => {
    await queries.invalidateQueries({ queryKey: ['me'] });
  }, [queries]);

  useEffect(() => {
    if (meQuery.error instanceof ApiError && meQuery.error.status === 401) queries.setQueryData(['me'], null);
  }, [meQuery.error, queries]);

  const value = useMemo<Session>(
    () => ({
      person,
      // Someone who chose to act for another waits for their delegations, so pages open as that person.
      loading: meQuery.isLoading || (person !== null && orgsQuery.isLoading) || (actingForId !== null && standingInQuery.isLoading),
      organization,
      organizations,
      chooseOrganization,
      standingIn,
      actingFor,
      actFor,
      signIn,
      signOut,
      refresh,
    }),
    [person, meQuery.isLoading, orgsQuery.isLoading, actingForId, standingInQuery.isLoading, organization, organizations, chooseOrganization, standingIn, actingFor, actFor, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() may only be used inside <SessionProvider>');
  return session;
}

/**
 * The signed-in person and their organisation, for pages behind sign-in (RequireSession guarantees
 * them). While they stand in for someone, `person` carries that person's role and division — what
 * the pages offer follows it — and `self` is who they are.
 */
export function useSignedIn(): { person: Person; self: Person; organization: Organization; actingFor: StandingIn | null } {
  const { person, organization, actingFor } = useSession();
  const acting = useMemo(() => (person && actingFor ? { ...person, role: actingFor.role, divisionId: actingFor.divisionId } : person), [person, actingFor]);
  if (!person || !acting || !organization) throw new Error('useSignedIn() may only be used on pages behind <RequireSession>');
  return { person: acting, self: person, organization, actingFor };
}

/** Adds `onBehalfOfPersonId` to an action's body while the person acts for someone they stand in for. */
export function useOnBehalf(): <T extends object>(body: T) => T & { onBehalfOfPersonId?: string } {
  const { actingFor } = useSession();
  return useCallback(<T extends object>(body: T) => (actingFor ? { ...body, onBehalfOfPersonId: actingFor.personId } : body), [actingFor]);
}
