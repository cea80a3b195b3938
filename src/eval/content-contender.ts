import { BaselineModel } from '../recommend/baseline';
import { ContentModel } from '../recommend/content-model';
import type { RatingDataset } from '../recommend/dataset';
import { topK } from '../recommend/ranking';
import { catalogueOrder, movieFeatures } from '../recommend/trained-models';
import type { Contender, FoldContext } from './contender';

/** Neighbours per content-kNN rating estimate (Surprise's KNN default). */
const NEIGHBOURS = 40;

interface FittedContent {
  data: RatingDataset;
  ids: string[];
  index: Map<string, number>;
  content: ContentModel;
}

function fitContent({ data, movies }: FoldContext): FittedContent {
  const catalogue = catalogueOrder(data, movies);
  const ids = catalogue.map((movie) => movie.id);
  return {
    data,
    ids,
    index: new Map(ids.map((id, n) => [id, n])),
    content: ContentModel.fit(catalogue.map(movieFeatures)),
  };
}

/**
 * The content model's own rating estimate, for the ratings table: the user's baseline plus the
 * similarity-weighted deviations of their NEIGHBOURS most content-similar rated movies
 * (KNNBaseline with TF-IDF cosine in place of rating correlation).
 */
function contentKnnEstimate(
  { data, content, index }: FittedContent,
  baseline: BaselineModel,
  userId: string,
  movieId: string,
): number {
  const u = data.userIndex(userId);
  const estimate = baseline.baseline(u, data.itemIndex(movieId));
  const target = index.get(movieId);
  if (u < 0 || target === undefined) return data.clip(estimate);
  const { pointers, columns, values } = data.byUser;
  const similar: { similarity: number; deviation: number }[] = [];
  for (let p = pointers[u]; p < pointers[u + 1]; p++) {
    const similarity = content.similarity(target, columns[p]);
    if (similarity > 0) {
      similar.push({ similarity, deviation: values[p] - baseline.baseline(u, columns[p]) });
    }
  }
  similar.sort((a, b) => b.similarity - a.similarity);
  let weighted = 0;
  let total = 0;
  for (const { similarity, deviation } of similar.slice(0, NEIGHBOURS)) {
    weighted += similarity * deviation;
    total += similarity;
  }
  return data.clip(total > 0 ? estimate + weighted / total : estimate);
}

/** TF-IDF over genres, tags and (with --metadata) directors, cast and keywords. */
export const contentContender: Contender = {
  name: 'content',
  fitRatings(fold) {
    const fitted = fitContent(fold);
    const baseline = BaselineModel.fit(fold.data);
    return (test) =>
      Float64Array.from(test, ({ userId, movieId }) =>
        contentKnnEstimate(fitted, baseline, userId, movieId),
      );
  },
  fitRanking(fold) {
    const { data, ids, content } = fitContent(fold);
    return async (userId, k) => {
      const u = data.userIndex(userId);
      const rated = new Set<number>();
      const ratings = u < 0 ? [] : data.userRatings(u);
      for (const { itemIndex } of ratings) rated.add(itemIndex);
      const scores = content.scoreItems(content.userProfile(ratings));
      return {
        ids: Array.from(
          topK(scores, k, (i) => rated.has(i)),
          (i) => ids[i],
        ),
      };
    };
  },
};
