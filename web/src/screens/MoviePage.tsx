import { useEffect } from 'react';
import { Link } from 'wouter';
import { MOVIE_PAGE, MovieDetails, PersonHit } from '../api/operations';
import { Poster } from '../components/Poster';
import { RecommendationTile } from '../components/RecommendationTile';
import { Stars } from '../components/Stars';
import { Status } from '../components/Status';
import { imdbUrl, tmdbUrl } from '../lib/movie-links';
import { useSession } from '../lib/session';
import { useOperation } from '../lib/use-operation';
import { useRating } from '../lib/use-rating';
import { useTitle } from '../lib/use-title';

const people = (list: PersonHit[]) =>
  list.map((person, n) => (
    <span key={person.id}>
      {n > 0 && ', '}
      <Link href={`/person/${person.id}`}>{person.name}</Link>
    </span>
  ));

function YourRating({ movie }: { movie: MovieDetails }) {
  const { viewer, refresh } = useSession();
  const control = useRating(movie.id, movie.myRating, () => void refresh());
  if (!viewer) {
    return (
      <p>
        <Link href="/signin">Sign in</Link> to rate this film.
      </p>
    );
  }
  return <Stars control={control} label={`Your rating of ${movie.displayTitle}`} />;
}

function Details({ movie }: { movie: MovieDetails }) {
  useTitle(movie.displayTitle);
  const { average, count } = movie.ratingStats;
  return (
    <div className="movie-head">
      <Poster
        id={movie.id}
        title={movie.displayTitle}
        year={movie.year}
        genres={movie.genres.map((genre) => genre.name)}
      />
      <div className="movie-facts">
        <h1>{movie.displayTitle}</h1>
        <dl>
          {movie.genres.length > 0 && (
            <>
              <dt>Genres</dt>
              <dd>{movie.genres.map((genre) => genre.name).join(', ')}</dd>
            </>
          )}
          {movie.directors.length > 0 && (
            <>
              <dt>Directed by</dt>
              <dd>{people(movie.directors)}</dd>
            </>
          )}
          {movie.cast.length > 0 && (
            <>
              <dt>Cast</dt>
              <dd>{people(movie.cast)}</dd>
            </>
          )}
          {movie.availability.length > 0 && (
            <>
              <dt>Where to watch</dt>
              <dd>{whereToWatch(movie.availability)}</dd>
            </>
          )}
          <dt>Ratings</dt>
          <dd>
            {average === null
              ? 'Not rated yet'
              : `${average.toFixed(1)} out of 5 from ${count.toLocaleString('en')} ${count === 1 ? 'rating' : 'ratings'}`}
          </dd>
          {movie.keywords.length > 0 && (
            <>
              <dt>Keywords</dt>
              <dd>
                <ul className="keywords">
                  {movie.keywords.slice(0, 15).map((keyword) => (
                    <li key={keyword}>{keyword}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        <h2 className="subhead">Your rating</h2>
        <YourRating movie={movie} />
        {movie.dismissed && <p className="hint">You marked this film “not interested”.</p>}
        {(movie.imdbId !== null || movie.tmdbId !== null) && (
          <p className="external">
            {movie.imdbId !== null && <a href={imdbUrl(movie.imdbId)}>IMDb</a>}
            {movie.tmdbId !== null && <a href={tmdbUrl(movie.tmdbId)}>TMDb</a>}
          </p>
        )}
      </div>
    </div>
  );
}

/** "Streamline (GB, US), Kinoteka (DE)": each service once with its regions. */
function whereToWatch(availability: MovieDetails['availability']): string {
  const regions = new Map<string, string[]>();
  for (const { provider, region } of availability) {
    regions.set(provider, [...(regions.get(provider) ?? []), region]);
  }
  return [...regions].map(([provider, where]) => `${provider} (${where.join(', ')})`).join(', ');
}

/** /movie/:id: facts, your rating (half stars, undo) and "more like this". */
export function MoviePage({ id }: { id: string }) {
  const [page, reload] = useOperation(MOVIE_PAGE, { id }, id);
  useEffect(() => {
    if (page.state === 'done' && window.location.hash === '#more-like-this') {
      document.getElementById('more-like-this')?.scrollIntoView();
    }
  }, [page.state]);
  return (
    <Status loaded={page} what="this film" retry={reload}>
      {({ movie, similarMovies }) => (
        <article className="movie-page">
          <Details movie={movie} />
          <section className="row" aria-labelledby="more-like-this" tabIndex={-1}>
            <h2 id="more-like-this">More like this</h2>
            {similarMovies.length === 0 ? (
              <p className="status empty">No similar films found yet.</p>
            ) : (
              <div className="row-items">
                {similarMovies.map((item) => (
                  <RecommendationTile key={item.movie.id} item={item} audience="movie" />
                ))}
              </div>
            )}
          </section>
        </article>
      )}
    </Status>
  );
}
