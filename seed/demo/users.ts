import type { DemoFilm, MovieLensGenre } from './films';
import {
  gaussian,
  hashString,
  mulberry32,
  pick,
  randomInt,
  shuffle,
  unitHash,
  weightedSample,
  type Random,
} from './random';

export interface DemoUser {
  id: string;
  name: string;
}

export interface DemoRating {
  userId: string;
  movieId: string;
  /** 0.5 to 5 in half steps. */
  rating: number;
  ratedAt: Date;
}

export interface DemoUsersOptions {
  users?: number;
  seed?: number;
}

/** A latent taste: how much a film appeals to someone who has it, from 0 to 1. */
type Taste = (film: DemoFilm) => number;

/** Full marks for a favourite director's films; otherwise the film's genre weights, summed. */
function taste(
  genreWeights: Partial<Record<MovieLensGenre, number>>,
  favouriteDirectors: readonly string[] = [],
): Taste {
  return (film) => {
    if (film.directors.some((director) => favouriteDirectors.includes(director))) return 1;
    const score = Object.entries(genreWeights).reduce(
      (sum, [genre, weight]) => (film.genres.includes(genre) ? sum + weight : sum),
      0,
    );
    return Math.min(1, score);
  };
}

const auteurs = [
  'Stanley Kubrick',
  'Alfred Hitchcock',
  'Joel Coen',
  'Ethan Coen',
  'Wes Anderson',
  'Bong Joon Ho',
  'Akira Kurosawa',
  'Orson Welles',
  'Billy Wilder',
  'Sergio Leone',
  'Hayao Miyazaki',
  'Francis Ford Coppola',
];

const tastesByName: Record<string, Taste> = {
  horrorFan: taste({ Horror: 1, Thriller: 0.3 }),
  nolanAndSciFiFan: taste({ 'Sci-Fi': 0.8 }, ['Christopher Nolan', 'Denis Villeneuve']),
  crimeDramaFan: taste({ Crime: 0.7, Drama: 0.3 }),
  familyAndAnimation: taste({ Animation: 1, Children: 1, Musical: 0.4 }),
  romcom: taste({ Romance: 0.7, Comedy: 0.4 }),
  auteurCinephile: taste({ 'Film-Noir': 0.7, Documentary: 0.7 }, auteurs),
  warAndWestern: taste({ War: 1, Western: 1, Action: 0.5 }),
};

const tastes = Object.values(tastesByName);

// prettier-ignore
const firstNames = [
  'Ada', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Felix', 'Grace', 'Hugo', 'Iris', 'Jonas',
  'Kira', 'Leo', 'Maya', 'Nina', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sam', 'Tara',
  'Umar', 'Vera', 'Will', 'Yuki', 'Zoe',
];

// prettier-ignore
const lastNames = [
  'Andersen', 'Brooks', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hughes', 'Ivanova',
  'Jensen', 'Kowalski', 'Lambert', 'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Quinn', 'Rossi',
  'Schmidt', 'Tanaka', 'Ucar', 'Varga', 'Walsh', 'Yilmaz', 'Zimmer',
];

const RATINGS_PER_USER = { min: 15, max: 60 };
const FIRST_RATING = Date.UTC(2015, 0, 1);
const LAST_ACTIVITY_START = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Widely seen, widely loved: rated more often and higher than the rest of the catalogue. */
// prettier-ignore
export const acclaimedFilmIds: readonly string[] = [
  '12-angry-men-1957', '2001-a-space-odyssey-1968', 'alien-1979', 'amelie-2001',
  'apocalypse-now-1979', 'back-to-the-future-1985', 'casablanca-1942', 'citizen-kane-1941',
  'city-of-god-2002', 'fargo-1996', 'fight-club-1999', 'forrest-gump-1994', 'get-out-2017',
  'gladiator-2000', 'goodfellas-1990', 'heat-1995', 'inception-2010', 'interstellar-2014',
  'jaws-1975', 'la-confidential-1997', 'no-country-for-old-men-2007', 'oldboy-2003',
  'parasite-2019', 'psycho-1960', 'pulp-fiction-1994', 'raiders-of-the-lost-ark-1981',
  'rear-window-1954', 'saving-private-ryan-1998', 'schindlers-list-1993', 'se7en-1995',
  'seven-samurai-1954', 'spirited-away-2001', 'star-wars-episode-iv-a-new-hope-1977',
  'star-wars-episode-v-the-empire-strikes-back-1980', 'taxi-driver-1976',
  'terminator-2-judgment-day-1991', 'the-big-lebowski-1998', 'the-dark-knight-2008',
  'the-departed-2006', 'the-godfather-1972', 'the-godfather-part-ii-1974',
  'the-good-the-bad-and-the-ugly-1966', 'the-green-mile-1999', 'the-lion-king-1994',
  'the-lord-of-the-rings-the-fellowship-of-the-ring-2001', 'the-matrix-1999',
  'the-shawshank-redemption-1994', 'the-shining-1980', 'the-silence-of-the-lambs-1991',
  'the-social-network-2010', 'the-thing-1982', 'the-usual-suspects-1995', 'toy-story-1995',
  'up-2009', 'vertigo-1958', 'wall-e-2008', 'whiplash-2014',
];

const acclaimed = new Set(acclaimedFilmIds);

/** How good a film is, fixed per film whoever rates it: in [-0.4, 0.9). */
function quality(film: DemoFilm): number {
  return (unitHash(`quality:${film.id}`) - 0.5) * 0.8 + (acclaimed.has(film.id) ? 0.5 : 0);
}

/** How likely a film is to be watched outside one's tastes, in [0.1, 1]. */
function popularity(film: DemoFilm): number {
  return acclaimed.has(film.id) ? 1 : 0.1 + 0.3 * unitHash(`popularity:${film.id}`);
}

function toHalfStar(value: number): number {
  return Math.min(5, Math.max(0.5, Math.round(value * 2) / 2));
}

function pickTastes(random: Random): Taste[] {
  const first = pick(random, tastes);
  const second = pick(random, tastes);
  return random() < 0.35 && second !== first ? [first, second] : [first];
}

/** Every first/last name pair once, in a seeded order, so that names only repeat past 625 users. */
function namePool(seed: number): string[] {
  const names = firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`));
  return shuffle(mulberry32(hashString(`names:${seed}`)), names);
}

function rateFilms(random: Random, userId: string, films: readonly DemoFilm[]): DemoRating[] {
  const userTastes = pickTastes(random);
  const affinities = films.map((film) => Math.max(...userTastes.map((taste) => taste(film))));
  // Mostly films matching the user's tastes, plus some popular picks from everywhere else.
  const weights = films.map((film, i) => 3 * affinities[i] + 0.5 * popularity(film));
  const count = Math.min(
    films.length,
    randomInt(random, RATINGS_PER_USER.min, RATINGS_PER_USER.max),
  );
  // Before quality and noise: about 2.6 stars for a film outside one's tastes, 4 inside them.
  const leniency = 2.6 + 0.35 * gaussian(random);
  const activeFrom = FIRST_RATING + random() * (LAST_ACTIVITY_START - FIRST_RATING);

  return weightedSample(random, weights, count).map((i) => ({
    userId,
    movieId: films[i].id,
    rating: toHalfStar(leniency + 1.4 * affinities[i] + quality(films[i]) + 0.5 * gaussian(random)),
    ratedAt: new Date(Math.floor((activeFrom + random() * 365 * DAY_MS) / 1000) * 1000),
  }));
}

/**
 * Demo users with latent tastes (horror fan, Nolan/sci-fi fan, …) and their ratings.
 * Pure and deterministic: the same films, user count and seed always give the same output,
 * and user N is the same whatever the user count.
 */
export function generateDemoUsers(
  films: readonly DemoFilm[],
  options: DemoUsersOptions = {},
): { users: DemoUser[]; ratings: DemoRating[] } {
  const { users: userCount = 320, seed = 42 } = options;
  const names = namePool(seed);
  const users: DemoUser[] = [];
  const ratings: DemoRating[] = [];
  for (let index = 0; index < userCount; index++) {
    const random = mulberry32(hashString(`${seed}:${index}`));
    const id = `demo-user-${String(index + 1).padStart(3, '0')}`;
    users.push({ id, name: names[index % names.length] });
    ratings.push(...rateFilms(random, id, films));
  }
  return { users, ratings };
}
