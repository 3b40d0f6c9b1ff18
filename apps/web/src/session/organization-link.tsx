import { useEffect } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { Loading } from '../components/feedback';
import { pageOfMailLink } from './mail-link-target';
import { useSession } from './session';

/** Opens a mail's link: works in the organisation it names (a system administrator may have several), then goes to the page. */
export function OrganizationLink() {
  const { orgCode = '', '*': rest = '' } = useParams();
  const location = useLocation();
  const { organization, organizations, chooseOrganization } = useSession();
  const known = organizations.some((org) => org.code === orgCode);
  useEffect(() => {
    if (known && organization?.code !== orgCode) chooseOrganization(orgCode);
  }, [known, organization, orgCode, chooseOrganization]);
  if (known && organization?.code !== orgCode) return <Loading />;
  return <Navigate to={pageOfMailLink(rest, new URLSearchParams(location.search))} replace />;
}
