import { IsoTimes } from './iso-time';

describe('IsoTimes', () => {
  it.each([0, 59, 86_399, 86_400, 964_982_703, 1_169_613_015, -1, -86_401, 4_102_444_799])(
    'agrees with Date#toISOString (without milliseconds) for %i',
    (seconds) => {
      expect(new IsoTimes().format(seconds)).toBe(
        new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'),
      );
    },
  );

  it('formats seconds of an already cached day', () => {
    const times = new IsoTimes();
    expect(times.format(964_982_703)).toBe('2000-07-30T18:45:03Z');
    expect(times.format(964_982_703 + 7)).toBe('2000-07-30T18:45:10Z');
  });
});
