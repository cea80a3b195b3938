import type { RatingDataset } from '../recommend/dataset';
import { HybridRecommender, type RatingInput } from '../recommend/hybrid-recommender';
import { trainModels } from '../recommend/trained-models';
import type { Contender, FoldContext } from './contender';
import { checkReasons } from './reason-checks';

/** The name the served model has in the table and the JSON. */
export const SERVED_MODEL = 'hybrid';

/** Trains exactly what the server trains, from the fold's training ratings and the catalogue. */
function servedRecommender({ train, movies }: FoldContext): HybridRecommender {
  const models = trainModels({ ratings: train, movies });
  return new HybridRecommender(models);
}

/** A user's training ratings, as the server reads them from the graph at request time. */
function ratingsOf(data: RatingDataset, userId: string): RatingInput[] {
  const u = data.userIndex(userId);
  if (u < 0) return [];
  return data.userRatings(u).map(({ itemIndex, rating }) => ({
    movieId: data.itemIds[itemIndex],
    rating,
  }));
}

/** The served hybrid: its rating for the ratings protocols, its HYBRID ranking for top-N. */
export const hybridContender: Contender = {
  name: SERVED_MODEL,
  fitRatings(fold) {
    const recommender = servedRecommender(fold);
    return (test) => {
      const predictions = new Float64Array(test.length);
      const rowsByUser = new Map<string, number[]>();
      test.forEach(({ userId }, row) => {
        const rows = rowsByUser.get(userId);
        if (rows) rows.push(row);
        else rowsByUser.set(userId, [row]);
      });
      for (const [userId, rows] of rowsByUser) {
        const estimates = recommender.predictRatings(
          ratingsOf(fold.data, userId),
          rows.map((row) => test[row].movieId),
        );
        rows.forEach((row, n) => (predictions[row] = estimates[n]));
      }
      return predictions;
    };
  },
  fitRanking(fold) {
    const recommender = servedRecommender(fold);
    return (userId, k) => {
      const ratings = ratingsOf(fold.data, userId);
      const items = recommender.recommend({ userId, ratings, first: k });
      return Promise.resolve({
        ids: items.map((item) => item.movieId),
        checks: checkReasons(recommender, userId, ratings, items),
      });
    };
  },
};
