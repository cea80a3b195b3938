import { slug } from '../src/slug';
import { CatalogueMovie } from './catalogue';

export interface CataloguePerson {
  id: string;
  name: string;
  director: boolean;
  actor: boolean;
}

export interface Credit {
  personId: string;
  movieId: string;
}

export interface CastCredit extends Credit {
  /** Position in the source's cast list. */
  order: number;
}

const pairKey = ({ personId, movieId }: Credit) => `${personId}\u0000${movieId}`;

/** One credit per person and movie; the last one listed wins, as a MERGE that SETs would keep. */
const lastPerPair = <T extends Credit>(credits: T[]): T[] => [
  ...new Map(credits.map((credit) => [pairKey(credit), credit])).values(),
];

/**
 * Directors and actors as one person each (keyed by the slug of the name, the last spelling
 * winning, with every role they had) and their credits, as both loaders write them.
 */
export function catalogueCredits(movies: readonly CatalogueMovie[]) {
  const people = new Map<string, CataloguePerson>();
  const credit = (name: string, role: 'director' | 'actor') => {
    const id = slug(name);
    const person = people.get(id) ?? { id, name, director: false, actor: false };
    person.name = name;
    person[role] = true;
    people.set(id, person);
    return id;
  };
  const directed = movies.flatMap((movie) =>
    movie.directors.map((name) => ({ personId: credit(name, 'director'), movieId: movie.id })),
  );
  const actedIn = movies.flatMap((movie) =>
    movie.cast.map((name, order) => ({
      personId: credit(name, 'actor'),
      movieId: movie.id,
      order,
    })),
  );
  return {
    people: [...people.values()],
    directed: lastPerPair(directed),
    actedIn: lastPerPair(actedIn),
  };
}
