import { useEffect } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { Loading } from '../components/feedback';
import { pageOfMailLink } from './mail-link-target';
import { useSession } from './session';

/**
 * Opens a mail's link: works in the organisation it names (a system administrator may have
 * several), acts for the person a stand-in got the mail for (`for`), then goes to the page.
 */
export function OrganizationLink() {
  const { orgCode = '', '*': rest = '' } = useParams();
  const location = useLocation();
  const { organization, organizations, chooseOrganization, actFor } = useSession();
  const known = organizations.some((org) => org.code === orgCode);
  const standingInFor = new URLSearchParams(location.search).get('for');
  useEffect(() => {
    if (known && organization?.code !== orgCode) chooseOrganization(orgCode);
  }, [known, organization, orgCode, chooseOrganization]);
  useEffect(() => {
    // A delegation that has ended since the mail was sent leaves the person acting as themselves.
    if (standingInFor) actFor(standingInFor);
  }, [standingInFor, actFor]);
  if (known && organization?.code !== orgCode) return <Loading />;
  return <Navigate to={pageOfMailLink(rest, new URLSearchParams(location.search))} replace />;
}
