import { CatalogueMovie } from './catalogue';
import { moviesDigest } from './catalogue-digest';

const heat: CatalogueMovie = {
  id: '6',
  title: 'Heat',
  year: 1995,
  genres: ['Action', 'Crime'],
  imdbId: 113277,
  directors: ['Michael Mann'],
  cast: ['Al Pacino', 'Robert De Niro'],
  keywords: ['heist'],
};

describe('moviesDigest', () => {
  it('is the same for the same movies and differs when anything the loaders write changes', () => {
    const digest = moviesDigest([heat]);
    expect(moviesDigest([{ ...heat, genres: [...heat.genres] }])).toBe(digest);
    const changes: Partial<CatalogueMovie>[] = [
      { title: 'Heat ' },
      { year: 1996 },
      { imdbId: undefined },
      { tmdbId: 949 },
      { genres: ['Action'] },
      { directors: [] },
      { cast: ['Robert De Niro', 'Al Pacino'] },
      { keywords: ['heist', 'la'] },
    ];
    const digests = changes.map((change) => moviesDigest([{ ...heat, ...change }]));
    expect(new Set([digest, ...digests]).size).toBe(changes.length + 1);
    expect(moviesDigest([heat, heat])).not.toBe(digest);
  });
});
