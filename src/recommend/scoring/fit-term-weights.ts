import { ndcgAtK, precisionAtK } from '../evaluation/metrics';
import { topK } from '../ranking';
import type { RawRating } from '../dataset';
import { namesEvidence } from '../reasons';
import { AdditiveScorer, type ScoringModels } from './additive-scorer';
import { explainTerms } from './explain-terms';
import { NO_TERMS, type RatingValues, type ScorerConfig, type TermWeights } from './scorer-config';
import { userProfile, type RatingInput, type UserProfile } from './user-profile';

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
  'taste',
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
  taste: 0.5,
  neutral: 0.5,
  disliked: -0.5,
};

interface ValidationUser {
  /** The candidates' scores per knob (and `liked`, the item–item terms of liked films), flat. */
  readonly parts: Map<Knob | 'liked', Float64Array>;
  readonly candidates: readonly string[];
  /** The same candidates as catalogue indices. */
  readonly candidateIndices: Int32Array;
  readonly relevant: ReadonlySet<string>;
  readonly ratings: readonly RatingInput[];
  readonly userIndex: number;
}

export interface FitOptions {
  k?: number;
  pool?: number;
  rounds?: number;
  /**
   * Weights whose top-k items' first reasons name a person, a keyword or a liked film less often
   * than this (on the validation users) are refused: the fit may not buy NDCG with reasons that
   * name nothing (genres, similar users, the taste profile).
   */
  minSpecificity?: number;
  /** What the search raises: NDCG@k (the default), or the mean of NDCG@k and precision@k. */
  objective?: FitObjective;
}

export type FitObjective = 'ndcg' | 'ndcg+precision';

/**
 * Fits the scorer's weights for NDCG@k (or its mean with precision@k): the models come from a
 * training set, `validation` holds each user's held-out movies (carved from the same training
 * data, never from a test fold). Each
 * user's candidates are the top `pool` under the starting weights; their score is linear in the
 * weights, so the search re-ranks stored parts instead of rescoring the catalogue. Coordinate
 * search: each knob in turn takes the multiple of its value that scores best, for `rounds` rounds.
 */
export function fitTermWeights(
  models: ScoringModels,
  validation: readonly RawRating[],
  config: ScorerConfig,
  { k = 10, pool = 200, rounds = 2, minSpecificity = 0, objective = 'ndcg' }: FitOptions = {},
): {
  weights: FittedWeights;
  /** The objective's value on the validation users. */
  score: number;
  startScore: number;
  specificity: number;
  startSpecificity: number;
} {
  const scorer = new AdditiveScorer(models, config);
  const users = validationUsers(scorer, validation, config, pool);
  let current: Record<Knob, number> = {
    director: config.terms.director,
    actor: config.terms.actor,
    keyword: config.terms.keyword,
    genre: config.terms.genre,
    popularity: config.terms.popularity,
    similarUsers: config.terms.similarUsers,
    taste: config.terms.taste,
    neutral: config.ratingValues.neutral,
    disliked: config.ratingValues.disliked,
  };
  const startScore = meanObjective(users, current, k, objective);
  const startSpecificity = specificity(scorer, users, current, config, k);
  let best = startScore;
  let bestSpecificity = startSpecificity;
  for (let round = 0; round < rounds; round++) {
    for (const knob of KNOBS) {
      const base = current[knob] === 0 ? SEED_VALUES[knob] : current[knob];
      for (const multiplier of MULTIPLIERS) {
        const trial = { ...current, [knob]: base * multiplier };
        const score = meanObjective(users, trial, k, objective);
        if (score <= best + 1e-9) continue;
        // Only a better ranking pays for the (slower) explanation of its top items.
        const trialSpecificity =
          minSpecificity > 0 ? specificity(scorer, users, trial, config, k) : 0;
        if (trialSpecificity >= minSpecificity) {
          [best, current, bestSpecificity] = [score, trial, trialSpecificity];
        }
      }
    }
  }
  return {
    weights: fittedWeights(current, config),
    score: best,
    startScore,
    specificity:
      minSpecificity > 0 ? bestSpecificity : specificity(scorer, users, current, config, k),
    startSpecificity,
  };
}

function fittedWeights(knobs: Record<Knob, number>, config: ScorerConfig): FittedWeights {
  const { neutral, disliked, ...terms } = knobs;
  return {
    terms: { ...terms, itemItem: config.terms.itemItem },
    ratingValues: { liked: 1, neutral, disliked },
  };
}

/** The share of the users' top-k items (under these weights) whose first reason names evidence. */
function specificity(
  scorer: AdditiveScorer,
  users: readonly ValidationUser[],
  knobs: Record<Knob, number>,
  config: ScorerConfig,
  k: number,
): number {
  const { terms, ratingValues } = fittedWeights(knobs, config);
  const trialConfig = { ...config, terms, ratingValues };
  const { data, catalogue } = scorer.models;
  const catalogueIndex = new Map(catalogue.map((movie, index) => [movie.id, index]));
  let items = 0;
  let specific = 0;
  for (const user of users) {
    const profile = userProfile(user.ratings, {
      data,
      catalogue,
      catalogueIndex,
      config: trialConfig,
      selfIndex: user.userIndex,
    });
    for (const c of topK(candidateScores(user, knobs), k)) {
      const itemTerms = scorer.terms(profile, user.candidateIndices[c], terms);
      const { reasons } = explainTerms(itemTerms, profile, catalogue, trialConfig);
      items++;
      if (namesEvidence(reasons[0])) specific++;
    }
  }
  return items === 0 ? 0 : specific / items;
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
    // Every term but taste, which is set below: alone it scores nothing (it needs item–item).
    for (const knob of TERMS.filter((term) => term !== 'taste')) {
      vectors.set(knob, scorer.scoreAll(likedOnly, { ...NO_TERMS, [knob]: 1 }));
    }
    const profile = userProfile(ratings, { ...context, config });
    // The taste term only scores movies the item–item terms reach: its part is the difference.
    const itemItemOnly = scorer.scoreAll(profile, { ...NO_TERMS, itemItem: 1 });
    const withTaste = scorer.scoreAll(profile, { ...NO_TERMS, itemItem: 1, taste: 1 });
    vectors.set(
      'taste',
      withTaste.map((score, index) => score - itemItemOnly[index]),
    );
    const start = scorer.scoreAll(profile, config.terms);
    const candidates = Array.from(topK(start, pool, (index) => likedOnly.ratings.has(index)));
    users.push({
      parts: new Map(
        [...vectors].map(([knob, vector]) => [
          knob,
          Float64Array.from(candidates, (index) => vector[index]),
        ]),
      ),
      candidates: candidates.map((index) => catalogue[index].id),
      candidateIndices: Int32Array.from(candidates),
      relevant: held,
      ratings,
      userIndex: u,
    });
  }
  return users;
}

function meanObjective(
  users: readonly ValidationUser[],
  weights: Record<Knob, number>,
  k: number,
  objective: FitObjective,
): number {
  let total = 0;
  for (const user of users) {
    const ranked = Array.from(topK(candidateScores(user, weights), k), (c) => user.candidates[c]);
    const ndcg = ndcgAtK(ranked, user.relevant, k);
    total += objective === 'ndcg' ? ndcg : (ndcg + precisionAtK(ranked, user.relevant, k)) / 2;
  }
  return users.length === 0 ? 0 : total / users.length;
}

/** The user's candidates' scores under these weights, from the stored parts. */
function candidateScores(user: ValidationUser, weights: Record<Knob, number>): Float64Array {
  const scores = Float64Array.from(user.parts.get('liked')!);
  for (const knob of KNOBS) {
    const part = user.parts.get(knob)!;
    const weight = weights[knob];
    if (weight !== 0) for (let c = 0; c < scores.length; c++) scores[c] += weight * part[c];
  }
  return scores;
}
