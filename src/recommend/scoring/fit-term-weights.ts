import { ndcgAtK } from '../evaluation/metrics';
import { topK } from '../ranking';
import type { RawRating } from '../dataset';
import { AdditiveScorer, type ScoringModels } from './additive-scorer';
import { NO_TERMS, type RatingValues, type ScorerConfig, type TermWeights } from './scorer-config';
import { userProfile, type UserProfile } from './user-profile';

/** What the search tunes: the term weights and f(neutral), f(disliked); f(liked) = 1 sets the scale. */
export interface FittedWeights {
  terms: TermWeights;
  ratingValues: RatingValues;
}

type Term = Exclude<keyof TermWeights, 'itemItem'>;
type Knob = Term | 'neutral' | 'disliked';
/** The terms fitted besides item–item, each scored alone once. */
const TERMS: readonly Term[] = [
  'director',
  'actor',
  'keyword',
  'genre',
  'popularity',
  'similarUsers',
];
const KNOBS: readonly Knob[] = [...TERMS, 'neutral', 'disliked'];
const MULTIPLIERS = [0, 0.25, 0.5, 0.75, 1.5, 2, 4];
/** The value a knob at 0 is tried with first. */
const SEED_VALUES: Record<Knob, number> = {
  director: 0.02,
  actor: 0.01,
  keyword: 0.005,
  genre: 0.01,
  popularity: 0.02,
  similarUsers: 0.01,
  neutral: 0.5,
  disliked: -0.5,
};

interface ValidationUser {
  /** The candidates' scores per knob (and `liked`, the item–item terms of liked films), flat. */
  readonly parts: Map<Knob | 'liked', Float64Array>;
  readonly candidates: readonly string[];
  readonly relevant: ReadonlySet<string>;
}

/**
 * Fits the scorer's weights for NDCG@k: the models come from a training set, `validation` holds
 * each user's held-out movies (carved from the same training data, never from a test fold). Each
 * user's candidates are the top `pool` under the starting weights; their score is linear in the
 * weights, so the search re-ranks stored parts instead of rescoring the catalogue. Coordinate
 * search: each knob in turn takes the multiple of its value that scores best, for `rounds` rounds.
 */
export function fitTermWeights(
  models: ScoringModels,
  validation: readonly RawRating[],
  config: ScorerConfig,
  { k = 10, pool = 200, rounds = 2 } = {},
): { weights: FittedWeights; ndcg: number; startNdcg: number } {
  const scorer = new AdditiveScorer(models, config);
  const users = validationUsers(scorer, validation, config, pool);
  let current: Record<Knob, number> = {
    director: config.terms.director,
    actor: config.terms.actor,
    keyword: config.terms.keyword,
    genre: config.terms.genre,
    popularity: config.terms.popularity,
    similarUsers: config.terms.similarUsers,
    neutral: config.ratingValues.neutral,
    disliked: config.ratingValues.disliked,
  };
  const startNdcg = meanNdcg(users, current, k);
  let best = startNdcg;
  for (let round = 0; round < rounds; round++) {
    for (const knob of KNOBS) {
      const base = current[knob] === 0 ? SEED_VALUES[knob] : current[knob];
      for (const multiplier of MULTIPLIERS) {
        const trial = { ...current, [knob]: base * multiplier };
        const score = meanNdcg(users, trial, k);
        if (score > best + 1e-9) [best, current] = [score, trial];
      }
    }
  }
  const { neutral, disliked, ...terms } = current;
  return {
    weights: {
      terms: { ...terms, itemItem: config.terms.itemItem },
      ratingValues: { liked: 1, neutral, disliked },
    },
    ndcg: best,
    startNdcg,
  };
}

function validationUsers(
  scorer: AdditiveScorer,
  validation: readonly RawRating[],
  config: ScorerConfig,
  pool: number,
): ValidationUser[] {
  const { data, catalogue } = scorer.models;
  const catalogueIndex = new Map(catalogue.map((movie, index) => [movie.id, index]));
  const relevant = new Map<string, Set<string>>();
  for (const { userId, movieId } of validation) {
    relevant.set(userId, (relevant.get(userId) ?? new Set()).add(movieId));
  }
  const users: ValidationUser[] = [];
  for (const [userId, held] of relevant) {
    const u = data.userIndex(userId);
    if (u < 0) continue;
    const ratings = data
      .userRatings(u)
      .map(({ itemIndex, rating }) => ({ movieId: data.itemIds[itemIndex], rating }));
    const context = { data, catalogue, catalogueIndex, selfIndex: u };
    // One profile per rating class isolates its item–item terms; the others carry the rest.
    const onlyFeeling = (values: RatingValues): UserProfile =>
      userProfile(ratings, { ...context, config: { ...config, ratingValues: values } });
    const likedOnly = onlyFeeling({ liked: 1, neutral: 0, disliked: 0 });
    const vectors = new Map<Knob | 'liked', Float64Array>([
      ['liked', scorer.scoreAll(likedOnly, { ...NO_TERMS, itemItem: 1 })],
      [
        'neutral',
        scorer.scoreAll(onlyFeeling({ liked: 0, neutral: 1, disliked: 0 }), {
          ...NO_TERMS,
          itemItem: 1,
        }),
      ],
      [
        'disliked',
        scorer.scoreAll(onlyFeeling({ liked: 0, neutral: 0, disliked: 1 }), {
          ...NO_TERMS,
          itemItem: 1,
        }),
      ],
    ]);
    for (const knob of TERMS) {
      vectors.set(knob, scorer.scoreAll(likedOnly, { ...NO_TERMS, [knob]: 1 }));
    }
    const start = scorer.scoreAll(userProfile(ratings, { ...context, config }), config.terms);
    const candidates = Array.from(topK(start, pool, (index) => likedOnly.ratings.has(index)));
    users.push({
      parts: new Map(
        [...vectors].map(([knob, vector]) => [
          knob,
          Float64Array.from(candidates, (index) => vector[index]),
        ]),
      ),
      candidates: candidates.map((index) => catalogue[index].id),
      relevant: held,
    });
  }
  return users;
}

function meanNdcg(
  users: readonly ValidationUser[],
  weights: Record<Knob, number>,
  k: number,
): number {
  let total = 0;
  for (const user of users) {
    const scores = Float64Array.from(user.parts.get('liked')!);
    for (const knob of KNOBS) {
      const part = user.parts.get(knob)!;
      const weight = weights[knob];
      if (weight !== 0) for (let c = 0; c < scores.length; c++) scores[c] += weight * part[c];
    }
    const ranked = Array.from(topK(scores, k), (c) => user.candidates[c]);
    total += ndcgAtK(ranked, user.relevant, k);
  }
  return users.length === 0 ? 0 : total / users.length;
}
