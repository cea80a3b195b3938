import { PASSWORD_LENGTH } from '../../auth/passwords';
import { badInput } from '../../errors';

const MAX_EMAIL_LENGTH = 254;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Emails are compared trimmed and lower-cased, so "Ada@Example.org " signs in as ada@example.org. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(normalised)) {
    throw badInput(
      'email',
      `must look like name@example.org, at most ${MAX_EMAIL_LENGTH} characters`,
    );
  }
  return normalised;
}

export function checkPassword(password: string): string {
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max) {
    throw badInput(
      'password',
      `must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters`,
    );
  }
  return password;
}
