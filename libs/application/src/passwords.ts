import { randomInt } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { ApplicationError } from './application-error';

const COST = 10;
const MINIMUM_LENGTH = 10;
// No 0/O, 1/l/I: one-time passwords are read off a screen and typed.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A random password of 14 characters that is easy to read and type. */
export function generatePassword(): string {
  return Array.from({ length: 14 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Rejects passwords too short to be safe, naming the field. */
export function assertStrongEnough(password: string, field = 'password'): void {
  if (password.length < MINIMUM_LENGTH) {
    throw ApplicationError.invalid(
      field,
      `รหัสผ่านต้องยาวอย่างน้อย ${MINIMUM_LENGTH} ตัวอักษร`,
      `the password must be at least ${MINIMUM_LENGTH} characters long`,
    );
  }
}
