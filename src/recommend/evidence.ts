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

/** What the graph says about one candidate: paths to anchors, and who else liked it. */
export interface GraphEvidence {
  candidateId: string;
  directors: PersonPath[];
  actors: PersonPath[];
  genres: GenrePath[];
  /** Users who liked what this user (or this movie's fans) liked, and liked the candidate too. */
  similarUsers: number;
  ratingCount: number;
}

export interface UserEvidenceQuery {
  userId: string | null;
  /** The user's liked movies, best first. */
  anchorIds: string[];
  candidateIds: string[];
  likedRating: number;
}

/**
 * Where graph evidence comes from: Cypher over the live graph when serving
 * (`cypher/recommend/*.cypher`), or the same paths computed in memory for offline evaluation.
 */
export interface EvidenceSource {
  userEvidence(query: UserEvidenceQuery): Promise<GraphEvidence[]>;
  movieEvidence(
    movieId: string,
    candidateIds: string[],
    likedRating: number,
  ): Promise<GraphEvidence[]>;
}

/** How many of the users most like this one count as "similar users" (as in the Cypher). */
export const NEIGHBOUR_COUNT = 50;

/**
 * The graph paths of `cypher/recommend/graph-evidence.cypher`, computed from the training data,
 * so `npm run eval` scores exactly what the server ranks.
 */
export class InMemoryEvidence implements EvidenceSource {
  private readonly catalogueIndex: Map<string, number>;

  constructor(private readonly models: TrainedModels) {
    this.catalogueIndex = new Map(models.catalogue.map((movie, index) => [movie.id, index]));
  }

  async userEvidence({
    userId,
    anchorIds,
    candidateIds,
    likedRating,
  }: UserEvidenceQuery): Promise<GraphEvidence[]> {
    const anchors = anchorIds
      .map((id) => this.catalogueIndex.get(id))
      .filter((index): index is number => index !== undefined);
    const neighbours = this.neighbours(userId, anchors, likedRating);
    return candidateIds.flatMap((id) => {
      const candidate = this.catalogueIndex.get(id);
      if (candidate === undefined) return [];
      const others = anchors.filter((anchor) => anchor !== candidate);
      return [
        this.evidence(candidate, others, (u, rating) => rating >= likedRating && neighbours.has(u)),
      ];
    });
  }

  async movieEvidence(
    movieId: string,
    candidateIds: string[],
    likedRating: number,
  ): Promise<GraphEvidence[]> {
    const source = this.catalogueIndex.get(movieId);
    if (source === undefined) return [];
    const fans = new Set(this.ratersOf(source, likedRating));
    return candidateIds.flatMap((id) => {
      const candidate = this.catalogueIndex.get(id);
      return candidate === undefined
        ? []
        : [this.evidence(candidate, [source], (u, rating) => rating >= likedRating && fans.has(u))];
    });
  }

  private evidence(
    candidate: number,
    anchors: number[],
    similar: (user: number, rating: number) => boolean,
  ): GraphEvidence {
    const movie = this.models.catalogue[candidate];
    const catalogue = this.models.catalogue;
    const shared = (role: 'DIRECTOR' | 'ACTOR', names: (index: number) => readonly string[]) =>
      anchors.flatMap((anchor) =>
        names(candidate)
          .filter((name) => names(anchor).includes(name))
          .map((name) => ({ personId: slug(name), name, role, anchorId: catalogue[anchor].id })),
      );
    let similarUsers = 0;
    let ratingCount = 0;
    this.forEachRater(candidate, (user, rating) => {
      ratingCount++;
      if (similar(user, rating)) similarUsers++;
    });
    return {
      candidateId: movie.id,
      directors: shared('DIRECTOR', (index) => catalogue[index].directors),
      actors: shared('ACTOR', (index) => catalogue[index].cast),
      genres: anchors.flatMap((anchor) =>
        movie.genres
          .filter((genre) => catalogue[anchor].genres.includes(genre))
          .map((genre) => ({ genre, anchorId: catalogue[anchor].id })),
      ),
      similarUsers,
      ratingCount,
    };
  }

  /** The users who liked most of the anchors, like the Cypher's `neighbours`. */
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

  private forEachRater(item: number, visit: (user: number, rating: number) => void): void {
    const { data } = this.models;
    if (item >= data.nItems) return;
    const { pointers, columns, values } = data.byItem;
    for (let p = pointers[item]; p < pointers[item + 1]; p++) visit(columns[p], values[p]);
  }
}
