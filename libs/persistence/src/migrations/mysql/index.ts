import { COMMON_MIGRATIONS } from '../common';
import { CreateOrganizationSchema1795304034790 } from './1795304034790-create-organization-schema';
import { CreateLifecycleReadModel1795305171805 } from './1795305171805-create-lifecycle-read-model';
import { CreateDelegations1795305700324 } from './1795305700324-create-delegations';
import { AddFiscalYearPolicy1795305887476 } from './1795305887476-add-fiscal-year-policy';
import { CreateEvidenceFiles1795310646297 } from './1795310646297-create-evidence-files';
import { AddMailOutbox1795311862190 } from './1795311862190-add-mail-outbox';
import { LargeJsonColumns1795314822076 } from './1795314822076-large-json-columns';
import { CreateRoundReports1795314892682 } from './1795314892682-create-round-reports';
import { RoundReportStandIn1796018636643 } from './1796018636643-round-report-stand-in';

/** MySQL / MariaDB run the shared migrations plus those generated for MySQL, in order. */
export const MYSQL_MIGRATIONS = [...COMMON_MIGRATIONS, CreateOrganizationSchema1795304034790, CreateLifecycleReadModel1795305171805, CreateDelegations1795305700324, AddFiscalYearPolicy1795305887476, CreateEvidenceFiles1795310646297, AddMailOutbox1795311862190, LargeJsonColumns1795314822076, CreateRoundReports1795314892682, RoundReportStandIn1796018636643];
