import { ErrorCode } from '../../errors';
import { checkName, MAX_NAME_LENGTH } from './names';

describe('checkName', () => {
  it('trims and keeps ordinary names in any script', () => {
    expect(checkName('  Ada Lovelace ')).toBe('Ada Lovelace');
    expect(checkName('Åsa Þórsdóttir')).toBe('Åsa Þórsdóttir');
    expect(checkName('黒澤 明')).toBe('黒澤 明');
  });

  it('counts code points, not UTF-16 units: 100 emoji fit, 101 do not', () => {
    expect(checkName('🎬'.repeat(MAX_NAME_LENGTH))).toHaveLength(MAX_NAME_LENGTH * 2);
    expect(() => checkName('🎬'.repeat(MAX_NAME_LENGTH + 1))).toThrow(
      'name: must be 1 to 100 characters, not blank',
    );
  });

  it('normalises to NFC before counting, so a decomposed accent counts once', () => {
    const decomposed = 'e\u0301'.repeat(MAX_NAME_LENGTH);
    expect(checkName(decomposed)).toBe('é'.repeat(MAX_NAME_LENGTH));
  });

  it.each([
    ['blank', '   '],
    ['empty', ''],
    ['NUL', 'Ada\u0000'],
    ['a newline', 'Ada\nLovelace'],
    ['a zero-width space', 'Ada\u200BLovelace'],
    ['a zero-width joiner', 'Ada\u200DLovelace'],
    ['a right-to-left override', '\u202Eecalevol'],
    ['a byte-order mark inside', 'Ada\uFEFFLovelace'],
    ['a line separator', 'Ada\u2028Lovelace'],
    ['10 MB', 'a'.repeat(10_000_000)],
  ])('refuses a name with %s as BAD_USER_INPUT at its argument', (_kind, name) => {
    expect(() => checkName(name, 'input.name')).toThrow(
      expect.objectContaining({
        code: ErrorCode.BadUserInput,
        message: expect.stringMatching(/^input\.name: must /),
      }),
    );
  });
});
