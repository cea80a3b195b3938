import { movieLensGenres } from '../demo/films';
import { gaussian, type Random } from '../../src/recommend/random';

/** Dimensions of the hidden taste space that drives who watches what and how they rate it. */
export const TASTE_DIMENSIONS = 8;

/** Genres a synthetic movie can have; IMAX is a format, not a taste. */
const TASTE_GENRES = movieLensGenres.filter((genre) => genre !== 'IMAX');

const ADJECTIVES = [
  'Silent',
  'Broken',
  'Golden',
  'Last',
  'Hidden',
  'Crimson',
  'Lonely',
  'Endless',
  'Savage',
  'Distant',
  'Burning',
  'Quiet',
  'Midnight',
  'Wild',
  'Frozen',
  'Electric',
  'Secret',
  'Fallen',
  'Little',
  'Dark',
  'Bright',
  'Iron',
  'Paper',
  'Hollow',
  'Restless',
  'Velvet',
  'Northern',
];
const NOUNS = [
  'Harbor',
  'Kingdom',
  'Road',
  'Garden',
  'Witness',
  'River',
  'Empire',
  'Summer',
  'Stranger',
  'Mirror',
  'Frontier',
  'Orchard',
  'Signal',
  'Island',
  'Promise',
  'Machine',
  'Crossing',
  'Heart',
  'Winter',
  'Station',
  'Letter',
  'Storm',
  'Circus',
  'Valley',
  'Detective',
  'Ghost',
  'Season',
];

/**
 * The movies of a synthetic MovieLens-shaped dataset, held as typed arrays (movies × taste
 * dimensions, no object per movie): hidden taste vectors, quality biases, genres that follow the
 * taste vectors, and long-tailed popularity (Zipf over a random order of the movies).
 */
export class SyntheticCatalogue {
  /** nMovies × TASTE_DIMENSIONS, row-major. */
  readonly tastes: Float32Array;
  readonly quality: Float32Array;
  /** Running sum of the popularity weights, for sampling by binary search. */
  private readonly cumulativePopularity: Float64Array;
  private readonly genreDirections: Float32Array;

  constructor(
    readonly nMovies: number,
    private readonly random: Random,
    /** Zipf exponent of the popularity ranks: larger means a longer, thinner tail. */
    popularityExponent = 1,
  ) {
    this.tastes = Float32Array.from(
      { length: nMovies * TASTE_DIMENSIONS },
      () => 0.6 * gaussian(random),
    );
    this.genreDirections = Float32Array.from(
      { length: TASTE_GENRES.length * TASTE_DIMENSIONS },
      () => gaussian(random),
    );
    const ranks = shuffledRanks(nMovies, random);
    const weights = Float64Array.from(ranks, (rank) => 1 / Math.pow(rank + 10, popularityExponent));
    this.cumulativePopularity = new Float64Array(nMovies);
    let sum = 0;
    for (let m = 0; m < nMovies; m++) this.cumulativePopularity[m] = sum += weights[m];
    // Popular films are rated a little higher on average, as in MovieLens.
    this.quality = Float32Array.from(
      ranks,
      (rank) => 0.3 * gaussian(random) + 0.25 * (1 - Math.log(rank + 1) / Math.log(nMovies + 1)),
    );
  }

  /** A movie index drawn with probability proportional to its popularity. */
  samplePopular(): number {
    const total = this.cumulativePopularity[this.nMovies - 1];
    const target = this.random() * total;
    let low = 0;
    let high = this.nMovies - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulativePopularity[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Dot product of a user's taste vector with movie m's. */
  affinity(userTaste: Float32Array, m: number): number {
    let sum = 0;
    for (let d = 0, offset = m * TASTE_DIMENSIONS; d < TASTE_DIMENSIONS; d++) {
      sum += userTaste[d] * this.tastes[offset + d];
    }
    return sum;
  }

  /** The genres whose direction the movie's taste vector leans into (at least one). */
  genres(m: number): string[] {
    const leanings = TASTE_GENRES.map((genre, g) => {
      let lean = 0;
      for (let d = 0; d < TASTE_DIMENSIONS; d++) {
        lean +=
          this.genreDirections[g * TASTE_DIMENSIONS + d] * this.tastes[m * TASTE_DIMENSIONS + d];
      }
      return { genre, lean };
    }).sort((a, b) => b.lean - a.lean);
    const chosen = leanings.filter(({ lean }, rank) => rank < 3 && (rank === 0 || lean > 0.9));
    return chosen.map(({ genre }) => genre);
  }

  /** "The Silent Harbor (1994)": a made-up title with a release year, skewed towards recent years. */
  title(m: number): string {
    const adjective = ADJECTIVES[(m * 7 + 3) % ADJECTIVES.length];
    const noun = NOUNS[Math.floor(m / ADJECTIVES.length) % NOUNS.length];
    const sequel = Math.floor(m / (ADJECTIVES.length * NOUNS.length));
    const year = 2023 - Math.min(105, Math.floor(-22 * Math.log(1 - this.unit(m))));
    const name =
      m % 3 === 0
        ? `${noun} of the ${adjective} ${NOUNS[(m * 5 + 11) % NOUNS.length]}`
        : `The ${adjective} ${noun}`;
    return `${name}${sequel > 0 ? ` ${sequel + 1}` : ''} (${year})`;
  }

  /** A number in [0, 1) fixed by the movie index, so titles do not consume the random stream. */
  private unit(m: number): number {
    const hash = Math.imul(m + 1, 0x9e3779b1) >>> 0;
    return ((hash ^ (hash >>> 15)) >>> 0) / 4294967296;
  }
}

/** 0…n−1 in random order: rank[m] is movie m's popularity rank. */
function shuffledRanks(n: number, random: Random): Int32Array {
  const ranks = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
  }
  return ranks;
}
