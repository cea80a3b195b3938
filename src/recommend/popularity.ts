import type { RatingDataset } from './dataset';
import type { ItemScorer, ItemScores } from './model';

/** A fitted popularity model as a typed array (see PopularityModel.state). */
export interface PopularityState {
  readonly counts: Float64Array;
}

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

  /** Rebuilds a fitted model on the dataset it was counted on; the array is used, not copied. */
  static fromState(data: RatingDataset, state: PopularityState): PopularityModel {
    return new PopularityModel(data, state.counts);
  }

  /** The counts; the array is this model's own, so transferring it empties the model. */
  state(): PopularityState {
    return { counts: this.counts };
  }

  scoreItems(userIndex: number): ItemScores {
    return {
      scores: Float64Array.from(this.counts),
      fallback: this.data.hasUser(userIndex) ? null : 'unknown-user',
    };
  }
}
