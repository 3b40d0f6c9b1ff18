import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { PersonEntity, SessionEntity } from '@prongsai/persistence';
import { MoreThan, type EntityManager } from 'typeorm';
import { ApplicationError, ApplicationErrorCode } from './application-error';
import { verifyPassword } from './passwords';

const SESSION_DAYS = 14;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sign-in with email and password; a session is a random token of which only the hash is kept. */
export class SessionsService {
  constructor(private readonly manager: EntityManager) {}

  async signIn(email: string, password: string, now = new Date()): Promise<{ token: string; person: PersonEntity; expiresAt: Date }> {
    const person = await this.manager.findOneBy(PersonEntity, { email: email.trim().toLowerCase(), active: true });
    // The same answer for an unknown email and a wrong password: nothing tells which emails exist.
    if (person === null || !(await verifyPassword(password, person.passwordHash))) {
      throw new ApplicationError(ApplicationErrorCode.Unauthenticated, {
        th: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
        en: 'wrong email or password',
      });
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
    await this.manager.insert(SessionEntity, { id: randomUUID(), tokenHash: hashToken(token), personId: person.id, createdAt: now, expiresAt });
    return { token, person, expiresAt };
  }

  /** The active person behind a token, or null when the token is unknown or expired. */
  async personFor(token: string, now = new Date()): Promise<PersonEntity | null> {
    const session = await this.manager.findOneBy(SessionEntity, { tokenHash: hashToken(token), expiresAt: MoreThan(now) });
    if (session === null) return null;
    return this.manager.findOneBy(PersonEntity, { id: session.personId, active: true });
  }

  async signOut(token: string): Promise<void> {
    await this.manager.delete(SessionEntity, { tokenHash: hashToken(token) });
  }

  /** Ends every session of a person (after a password change, except the one making it). */
  async endOtherSessions(personId: string, keepToken?: string): Promise<void> {
    const sessions = await this.manager.findBy(SessionEntity, { personId });
    const keep = keepToken === undefined ? undefined : hashToken(keepToken);
    const ids = sessions.filter((session) => session.tokenHash !== keep).map((session) => session.id);
    if (ids.length > 0) await this.manager.delete(SessionEntity, ids);
  }
}
