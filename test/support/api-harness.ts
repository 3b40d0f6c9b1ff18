import type { INestApplication } from '@nestjs/common';
import { OrganizationsService, PeopleService } from '@prongsai/application';
import { loadConfig } from '@prongsai/config';
import type { Role } from '@prongsai/domain';
import { DivisionEntity, migrateDatabase, type OrganizationEntity } from '@prongsai/persistence';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createTestDatabase, type TestDatabase } from './database-targets';

export const SYSTEM_ADMIN = { email: 'root@prongsai.test', password: 'system-admin-password' };
export const PASSWORD = 'correct-horse-battery';

export interface ApiHarness {
  app: INestApplication;
  http: TestAgent;
  dataSource: DataSource;
  database: TestDatabase;
  /** The app's DATA_DIR (evidence files live in it): a fresh temporary folder, removed by close(). */
  dataDir: string;
  /** A bearer header for someone who signed in with PASSWORD (or the system administrator's). */
  as(email: string): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

/**
 * The real API (every module, guard and filter) on a fresh, migrated database: SQLite by default,
 * MariaDB when asked. Temporal is not needed for the configuration endpoints; the lifecycle tests
 * pass the address of a real test server.
 */
export async function startApi(kind: 'sqlite' | 'mariadb' = 'sqlite', temporalAddress = '127.0.0.1:9'): Promise<ApiHarness> {
  const database = await createTestDatabase(kind);
  await migrateDatabase(database.target);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-api-data-'));
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, PRONGSAI_ADMIN_EMAIL: SYSTEM_ADMIN.email, PRONGSAI_ADMIN_PASSWORD: SYSTEM_ADMIN.password, TEMPORAL_ADDRESS: temporalAddress, LOG_LEVEL: 'error' }),
    database: database.target,
  };
  let app: INestApplication;
  try {
    app = await createApiApp(config);
    await app.init();
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    database,
    dataDir,
    async as(email) {
      if (!tokens.has(email)) {
        const password = email === SYSTEM_ADMIN.email ? SYSTEM_ADMIN.password : PASSWORD;
        const response = await http.post('/api/auth/sign-in').send({ email, password });
        if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
        tokens.set(email, response.body.token as string);
      }
      return { authorization: `Bearer ${tokens.get(email)}` };
    },
    async close() {
      await app.close();
      await database.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SeededOrganization {
  organization: OrganizationEntity;
  divisions: Record<'palad' | 'finance' | 'engineering', DivisionEntity>;
  /** One person per role: email by role (heads and officers of two divisions). */
  emails: Record<'admin' | 'executive' | 'financeHead' | 'financeOfficer' | 'engineeringOfficer', string>;
}

/** An organisation with three divisions and one person per role, all with PASSWORD. */
export async function seedOrganization(dataSource: DataSource, name: string, province: string): Promise<SeededOrganization> {
  return dataSource.transaction(async (manager) => {
    const organization = await new OrganizationsService(manager).create({ name, district: 'เมือง', province });
    const division = (divisionName: string, sortOrder: number) =>
      manager.save(manager.create(DivisionEntity, { id: randomUUID(), organizationId: organization.id, name: divisionName, headPersonId: null, sortOrder }));
    const divisions = { palad: await division('สำนักปลัด', 1), finance: await division('กองคลัง', 2), engineering: await division('กองช่าง', 3) };
    const people = new PeopleService(manager);
    const slug = organization.code.length > 0 ? randomUUID().slice(0, 8) : '';
    const add = async (key: string, role: Role, divisionId?: string) => {
      const email = `${key}.${slug}@org.test`;
      await people.add({ organizationId: organization.id, email, displayName: key, role, divisionId, password: PASSWORD });
      return email;
    };
    const emails = {
      admin: await add('admin', 'admin'),
      executive: await add('executive', 'executive'),
      financeHead: await add('finance-head', 'division_head', divisions.finance.id),
      financeOfficer: await add('finance-officer', 'officer', divisions.finance.id),
      engineeringOfficer: await add('engineering-officer', 'officer', divisions.engineering.id),
    };
    return { organization, divisions, emails };
  });
}
