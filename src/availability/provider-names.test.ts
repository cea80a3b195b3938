import { MAX_PROVIDER_NAME, normalizeProvider, normalizeRegion } from './provider-names';

it('reads two-letter region codes in upper case and refuses anything else', () => {
  expect(normalizeRegion(' us ')).toBe('US');
  expect(normalizeRegion('GB')).toBe('GB');
  expect(normalizeRegion('USA')).toBeNull();
  expect(normalizeRegion('')).toBeNull();
  expect(normalizeRegion('U1')).toBeNull();
});

it('tidies provider names and refuses empty or overlong ones', () => {
  expect(normalizeProvider('  Arthouse   Club ')).toBe('Arthouse Club');
  expect(normalizeProvider('   ')).toBeNull();
  expect(normalizeProvider('x'.repeat(MAX_PROVIDER_NAME))).toHaveLength(MAX_PROVIDER_NAME);
  expect(normalizeProvider('x'.repeat(MAX_PROVIDER_NAME + 1))).toBeNull();
});
