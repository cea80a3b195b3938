import { slug } from '../../slug';
import type { MovieFacts } from '../trained-models';

export type PathKind = 'director' | 'actor' | 'keyword';

/** A film credit or keyword shared by two movies: the middle node of a path between them. */
export interface SharedLink {
  readonly kind: PathKind;
  /** The person's or keyword's name. */
  readonly name: string;
}

const KINDS: readonly PathKind[] = ['director', 'actor', 'keyword'];
const NOTHING_SHARED: readonly SharedLink[] = [];

/**
 * The catalogue's people and keywords, inverted: for each director, actor and keyword (a link),
 * the movies (catalogue indices) it links. Scoring walks out from a user's liked movies through
 * these, the same paths a Cypher query walks in the graph. Links and movies are numbered and kept
 * in flat arrays, because a request walks them for every liked movie and every candidate.
 */
export class CatalogueLinks {
  private readonly links: SharedLink[] = [];
  /** Movie m's links are movieLinks[movieStarts[m] .. movieStarts[m + 1]): directors, actors, keywords, each once. */
  private readonly movieStarts: Int32Array;
  private readonly movieLinks: Int32Array;
  /** Link l's movies, ascending, are linkMovies[linkStarts[l] .. linkStarts[l + 1]). */
  private readonly linkStarts: Int32Array;
  private readonly linkMovies: Int32Array;
  /** Scratch marks for `shared`: the movie whose links are marked, and the movies linked to it. */
  private marked = -1;
  private readonly linkMarks: Uint8Array;
  private readonly movieMarks: Uint8Array;

  constructor(readonly catalogue: readonly MovieFacts[]) {
    const numbers = new Map<string, number>();
    const linksOfMovie = catalogue.map((movie) => {
      const ids = new Set<number>();
      for (const kind of KINDS) {
        for (const name of movie[kindField[kind]]) {
          const key = `${kind}\u0000${name}`;
          let id = numbers.get(key);
          if (id === undefined) {
            id = this.links.length;
            numbers.set(key, id);
            this.links.push({ kind, name });
          }
          ids.add(id);
        }
      }
      return [...ids];
    });
    [this.movieStarts, this.movieLinks] = compressed(linksOfMovie);
    const moviesOfLink: number[][] = this.links.map(() => []);
    linksOfMovie.forEach((ids, movie) => ids.forEach((id) => moviesOfLink[id].push(movie)));
    [this.linkStarts, this.linkMovies] = compressed(moviesOfLink);
    this.linkMarks = new Uint8Array(this.links.length);
    this.movieMarks = new Uint8Array(catalogue.length);
  }

  /**
   * scores[other] += weights[kind] for every movie that shares a director, actor or keyword with
   * `index`, once per shared link.
   */
  addLinked(
    index: number,
    weights: Readonly<Record<PathKind, number>>,
    scores: Float64Array,
  ): void {
    for (let p = this.movieStarts[index]; p < this.movieStarts[index + 1]; p++) {
      const link = this.movieLinks[p];
      const weight = weights[this.links[link].kind];
      for (let q = this.linkStarts[link]; q < this.linkStarts[link + 1]; q++) {
        const other = this.linkMovies[q];
        if (other !== index) scores[other] += weight;
      }
    }
  }

  /**
   * What two movies share: directors, then actors, then keywords, in `a`'s order. Callers ask
   * about many `a` for one `b` (a candidate against each liked film), so `b`'s links are marked
   * once and a movie linked to nothing of `b`'s costs one look-up.
   */
  shared(a: number, b: number): readonly SharedLink[] {
    this.mark(b);
    if (this.movieMarks[a] === 0) return NOTHING_SHARED;
    const shared: SharedLink[] = [];
    for (let p = this.movieStarts[a]; p < this.movieStarts[a + 1]; p++) {
      const link = this.movieLinks[p];
      if (this.linkMarks[link] === 1) shared.push(this.links[link]);
    }
    return shared;
  }

  private mark(b: number): void {
    if (this.marked === b) return;
    this.linkMarks.fill(0);
    this.movieMarks.fill(0);
    for (let p = this.movieStarts[b]; p < this.movieStarts[b + 1]; p++) {
      const link = this.movieLinks[p];
      this.linkMarks[link] = 1;
      for (let q = this.linkStarts[link]; q < this.linkStarts[link + 1]; q++)
        this.movieMarks[this.linkMovies[q]] = 1;
    }
    this.marked = b;
  }
}

const kindField = { director: 'directors', actor: 'cast', keyword: 'keywords' } as const;

/** Lists of numbers as one array and the start of each list (with the end after the last). */
function compressed(lists: readonly number[][]): [Int32Array, Int32Array] {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, n) => (starts[n + 1] = starts[n] + list.length));
  const values = new Int32Array(starts[lists.length]);
  lists.forEach((list, n) => values.set(list, starts[n]));
  return [starts, values];
}

/** The graph id of a person named in the catalogue (Person nodes are keyed by this slug). */
export const personId = (name: string): string => slug(name);
