import { badInput } from '../../errors';

const MAX_NAME_LENGTH = 100;

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
    throw badInput('name', `must be 1 to ${MAX_NAME_LENGTH} characters, not blank`);
  }
  return trimmed;
}
