import { regionName, regionsOf } from './regions';

it('names regions in English and lists each once, by name', () => {
  expect(regionName('GB')).toBe('United Kingdom');
  expect(regionsOf([{ regions: ['US', 'GB'] }, { regions: ['DE', 'US'] }])).toEqual([
    'DE',
    'GB',
    'US',
  ]);
});
