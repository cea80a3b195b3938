import { acceptsMovie } from '../candidate-filter';
import type { Recommendation, Recommender, RecommendRequest } from '../contract';
import { topK } from '../ranking';
import type { ScoringContext } from './scoring-context';

/**
 * For someone with no ratings the models know: the most rated movies, each genre counting for
 * less as it repeats, so the first page spans several genres. Each says how popular it is.
 */
export class ColdStart implements Recommender {
  readonly name = 'cold start';
  private readonly popularity: Float64Array;

  constructor(private readonly context: ScoringContext) {
    this.popularity = Float64Array.from(context.catalogue, (_, index) =>
      Math.log1p(context.scorer.ratingCount(index)),
    );
  }

  recommend({ ratings, first, filter }: RecommendRequest): Recommendation[] {
    const { catalogue, catalogueIndex, config, scorer } = this.context;
    const accept = acceptsMovie(filter);
    const rated = new Set(ratings.map((rating) => catalogueIndex.get(rating.movieId)));
    const remaining = new Set(
      topK(this.popularity, 5 * first, (index) => rated.has(index) || !accept(catalogue[index])),
    );
    const genreUses = new Map<string, number>();
    const picked: Recommendation[] = [];
    while (picked.length < first && remaining.size > 0) {
      let best = -1;
      let bestScore = -Infinity;
      for (const index of remaining) {
        const genres = catalogue[index].genres;
        const repeats =
          genres.reduce((sum, genre) => sum + (genreUses.get(genre) ?? 0), 0) /
          Math.max(1, genres.length);
        const score = this.popularity[index] - config.diversityPenalty * repeats;
        if (score > bestScore || (score === bestScore && index < best))
          [best, bestScore] = [index, score];
      }
      remaining.delete(best);
      for (const genre of catalogue[best].genres)
        genreUses.set(genre, (genreUses.get(genre) ?? 0) + 1);
      const ratingCount = scorer.ratingCount(best);
      if (ratingCount === 0) continue;
      picked.push({
        movieId: catalogue[best].id,
        score: bestScore,
        predictedRating: this.context.itemBaseline(best),
        reasons: [{ kind: 'Popular', ratingCount, weight: 1 }],
        rankedBy: 'cold-start',
      });
    }
    return picked;
  }
}
