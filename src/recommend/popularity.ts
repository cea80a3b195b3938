import type { RatingDataset } from './dataset';
import type { ItemScorer, ItemScores } from './model';

/** Ranks items by how many users rated them: the non-personalised reference for top-N. */
export class PopularityModel implements ItemScorer {
  private constructor(
    readonly data: RatingDataset,
    readonly counts: Float64Array,
  ) {}

  static fit(data: RatingDataset): PopularityModel {
    return new PopularityModel(
      data,
      Float64Array.from({ length: data.nItems }, (_, i) => data.itemCount(i)),
    );
  }

  scoreItems(userIndex: number): ItemScores {
    return {
      scores: Float64Array.from(this.counts),
      fallback: this.data.hasUser(userIndex) ? null : 'unknown-user',
    };
  }
}
