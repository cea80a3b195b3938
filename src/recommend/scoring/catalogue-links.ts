import { slug } from '../../slug';
import type { MovieFacts } from '../trained-models';

export type PathKind = 'director' | 'actor' | 'keyword';

/** A film credit or keyword shared by two movies: the middle node of a path between them. */
export interface SharedLink {
  readonly kind: PathKind;
  /** The person's or keyword's name. */
  readonly name: string;
}

/**
 * The catalogue's people and keywords, inverted: for each director, actor and keyword, the movies
 * (catalogue indices) it links. Scoring walks out from a user's liked movies through these, the
 * same paths a Cypher query walks in the graph.
 */
export class CatalogueLinks {
  private readonly moviesBy = {
    director: new Map<string, number[]>(),
    actor: new Map<string, number[]>(),
    keyword: new Map<string, number[]>(),
  };

  constructor(readonly catalogue: readonly MovieFacts[]) {
    catalogue.forEach((movie, index) => {
      for (const [kind, names] of linksOf(movie)) {
        for (const name of new Set(names)) {
          const movies = this.moviesBy[kind].get(name);
          if (movies) movies.push(index);
          else this.moviesBy[kind].set(name, [index]);
        }
      }
    });
  }

  /** Movies that share a director, actor or keyword with `index`, one call per shared link. */
  forEachLinked(index: number, visit: (kind: PathKind, name: string, other: number) => void): void {
    for (const [kind, names] of linksOf(this.catalogue[index])) {
      for (const name of new Set(names)) {
        for (const other of this.moviesBy[kind].get(name) ?? []) {
          if (other !== index) visit(kind, name, other);
        }
      }
    }
  }

  /** What two movies share: directors, then actors, then keywords. */
  shared(a: number, b: number): SharedLink[] {
    const links: SharedLink[] = [];
    const other = new Map(linksOf(this.catalogue[b]));
    for (const [kind, names] of linksOf(this.catalogue[a])) {
      const theirs = new Set(other.get(kind));
      for (const name of new Set(names)) if (theirs.has(name)) links.push({ kind, name });
    }
    return links;
  }
}

function linksOf(movie: MovieFacts): [PathKind, readonly string[]][] {
  return [
    ['director', movie.directors],
    ['actor', movie.cast],
    ['keyword', movie.keywords],
  ];
}

/** The graph id of a person named in the catalogue (Person nodes are keyed by this slug). */
export const personId = (name: string): string => slug(name);
