import { badInput } from '../../errors';

export const MAX_NAME_LENGTH = 100;

// Control characters (Cc), invisible format characters (Cf: zero-width space and joiners, BOM,
// bidirectional overrides) and line or paragraph separators: none belongs in a display name.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A display name as stored: NFC-normalised and trimmed, 1 to 100 Unicode code points (an emoji
 * counts once), with no control or zero-width characters; BAD_USER_INPUT at `argumentPath`
 * otherwise.
 */
export function checkName(name: string, argumentPath = 'name'): string {
  // Four UTF-16 units per code point is more than NFC ever needs, so huge input stops here.
  if (name.length > MAX_NAME_LENGTH * 4) {
    throw badInput(argumentPath, `must be at most ${MAX_NAME_LENGTH} characters`);
  }
  const trimmed = name.normalize('NFC').trim();
  const length = Array.from(trimmed).length;
  if (length === 0 || length > MAX_NAME_LENGTH) {
    throw badInput(argumentPath, `must be 1 to ${MAX_NAME_LENGTH} characters, not blank`);
  }
  const invisible = INVISIBLE_OR_CONTROL.exec(trimmed);
  if (invisible !== null) {
    const codePoint = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw badInput(
      argumentPath,
      `must not contain control or invisible characters (found U+${codePoint})`,
    );
  }
  return trimmed;
}
