import { slug } from '../slug';
import { TrainedModels } from './trained-models';

export interface PersonPath {
  personId: string;
  name: string;
  role: 'DIRECTOR' | 'ACTOR';
  anchorId: string;
}

export interface GenrePath {
  genre: string;
  anchorId: string;
}

/** The paths that tie one candidate to the anchors (movies someone liked, or is looking at). */
export interface PathEvidence {
  candidateId: string;
  directors: PersonPath[];
  actors: PersonPath[];
  genres: GenrePath[];
  ratingCount: number;
}

/** Paths, plus how many users with the same likes also liked the candidate. */
export interface GraphEvidence extends PathEvidence {
  similarUsers: number;
}

export interface PathQuery {
  /** Best first: reasons name the first anchor a path reaches. */
  anchorIds: string[];
  candidateIds: string[];
}

/**
 * Where the paths behind reasons come from: the live graph when serving
 * (`cypher/recommend/graph-paths.cypher`), the training snapshot in offline evaluation.
 */
export interface PathSource {
  paths(query: PathQuery): Promise<PathEvidence[]>;
}

/** How many of the users most like this one count as "similar users". */
export const NEIGHBOUR_COUNT = 50;

/**
 * Graph evidence computed from the models' snapshot of the graph (the ratings and movie facts
 * they were trained on): cheap enough to score a whole candidate pool with, and the path source
 * of offline evaluation.
 */
export class InMemoryEvidence implements PathSource {
  private readonly catalogueIndex: Map<string, number>;

  constructor(private readonly models: TrainedModels) {
    this.catalogueIndex = new Map(models.catalogue.map((movie, index) => [movie.id, index]));
  }

  async paths({ anchorIds, candidateIds }: PathQuery): Promise<PathEvidence[]> {
    const anchors = this.indices(anchorIds);
    return this.indices(candidateIds).map((candidate) => this.pathsFor(candidate, anchors));
  }

  /** Paths to a user's liked movies, and how many of the users who liked them too liked each candidate. */
  userEvidence(
    userId: string | null,
    { anchorIds, candidateIds }: PathQuery,
    likedRating: number,
  ): GraphEvidence[] {
    const anchors = this.indices(anchorIds);
    const neighbours = this.neighbours(userId, anchors, likedRating);
    return this.indices(candidateIds).map((candidate) => ({
      ...this.pathsFor(candidate, anchors),
      similarUsers: this.countRaters(
        candidate,
        (user, rating) => rating >= likedRating && neighbours.has(user),
      ),
    }));
  }

  /** Paths to one movie, and how many of its fans also liked each candidate. */
  movieEvidence(movieId: string, candidateIds: string[], likedRating: number): GraphEvidence[] {
    const source = this.indices([movieId]);
    const fans = new Set(source.flatMap((index) => this.ratersOf(index, likedRating)));
    return this.indices(candidateIds).map((candidate) => ({
      ...this.pathsFor(candidate, source),
      similarUsers: this.countRaters(
        candidate,
        (user, rating) => rating >= likedRating && fans.has(user),
      ),
    }));
  }

  private indices(ids: string[]): number[] {
    return ids
      .map((id) => this.catalogueIndex.get(id))
      .filter((index): index is number => index !== undefined);
  }

  private pathsFor(candidate: number, anchorIndices: number[]): PathEvidence {
    const { catalogue } = this.models;
    const movie = catalogue[candidate];
    const anchors = anchorIndices.filter((anchor) => anchor !== candidate);
    const shared = (role: 'DIRECTOR' | 'ACTOR', names: (index: number) => readonly string[]) =>
      anchors.flatMap((anchor) =>
        names(candidate)
          .filter((name) => names(anchor).includes(name))
          .map((name) => ({ personId: slug(name), name, role, anchorId: catalogue[anchor].id })),
      );
    return {
      candidateId: movie.id,
      directors: shared('DIRECTOR', (index) => catalogue[index].directors),
      actors: shared('ACTOR', (index) => catalogue[index].cast),
      genres: anchors.flatMap((anchor) =>
        movie.genres
          .filter((genre) => catalogue[anchor].genres.includes(genre))
          .map((genre) => ({ genre, anchorId: catalogue[anchor].id })),
      ),
      ratingCount: candidate < this.models.data.nItems ? this.models.data.itemCount(candidate) : 0,
    };
  }

  /** The users who liked most of the anchors. */
  private neighbours(userId: string | null, anchors: number[], likedRating: number): Set<number> {
    const self = userId === null ? -1 : this.models.data.userIndex(userId);
    const overlap = new Map<number, number>();
    for (const anchor of anchors) {
      for (const user of this.ratersOf(anchor, likedRating))
        if (user !== self) overlap.set(user, (overlap.get(user) ?? 0) + 1);
    }
    const ranked = [...overlap]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, NEIGHBOUR_COUNT);
    return new Set(ranked.map(([user]) => user));
  }

  private ratersOf(item: number, likedRating: number): number[] {
    const users: number[] = [];
    this.forEachRater(item, (user, rating) => {
      if (rating >= likedRating) users.push(user);
    });
    return users;
  }

  private countRaters(item: number, counts: (user: number, rating: number) => boolean): number {
    let count = 0;
    this.forEachRater(item, (user, rating) => {
      if (counts(user, rating)) count++;
    });
    return count;
  }

  private forEachRater(item: number, visit: (user: number, rating: number) => void): void {
    const { data } = this.models;
    if (item >= data.nItems) return;
    const { pointers, columns, values } = data.byItem;
    for (let p = pointers[item]; p < pointers[item + 1]; p++) visit(columns[p], values[p]);
  }
}
