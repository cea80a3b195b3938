import { STAR_STEPS, starsLabel } from './stars';

it('names every half-star step', () => {
  expect(STAR_STEPS.map(starsLabel)).toEqual([
    '½ star',
    '1 star',
    '1½ stars',
    '2 stars',
    '2½ stars',
    '3 stars',
    '3½ stars',
    '4 stars',
    '4½ stars',
    '5 stars',
  ]);
});
