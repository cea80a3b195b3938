import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { STARTER_GRID } from '../api/operations';
import { RatableTile } from '../components/RatableTile';
import { Status } from '../components/Status';
import { useSession } from '../lib/session';
import { variedStarters } from '../lib/starters';
import { useOperation } from '../lib/use-operation';
import { useTitle } from '../lib/use-title';
import { SearchResults } from './SearchResults';

/** Enough ratings for recommendations to be about you rather than about what is popular. */
export const GOOD_START = 5;

/** Rate-to-start: search and a grid of popular, varied films, with a count toward GOOD_START. */
export function Onboarding() {
  useTitle('Rate films to start');
  const { viewer, refresh } = useSession();
  const [starters, reload] = useOperation(STARTER_GRID, { first: 100 }, 'starters');
  const [query, setQuery] = useState('');
  // Ratings given here, so a film in both the search results and the grid shows one value.
  const [rated, setRated] = useState<Map<string, number | null>>(new Map());
  const onStored = useCallback(
    (movieId: string, value: number | null) => {
      setRated((previous) => new Map(previous).set(movieId, value));
      void refresh();
    },
    [refresh],
  );
  const count = viewer?.ratingCount ?? 0;
  const left = Math.max(0, GOOD_START - count);

  return (
    <section className="onboarding">
      <h1>Rate films you have seen</h1>
      <div className="progress-bar" role="status">
        <progress max={GOOD_START} value={Math.min(count, GOOD_START)} aria-hidden="true" />
        <p>
          <strong>{count} rated.</strong>{' '}
          {left > 0
            ? `Rate ${left} more to get recommendations made for you.`
            : 'Your recommendations are ready — rate more to sharpen them.'}
        </p>
        <Link href="/" className={left > 0 ? 'button' : 'button primary'}>
          {left > 0 ? 'Skip for now' : 'See my recommendations'}
        </Link>
      </div>

      <form role="search" className="inline-search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="start-search">Find a film you know</label>
        <input
          id="start-search"
          type="search"
          placeholder="Title, e.g. Heat"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </form>
      {query.trim().length >= 2 && (
        <SearchResults text={query.trim()} rated={rated} onStored={onStored} moviesOnly />
      )}

      <h2>Popular across genres</h2>
      <Status loaded={starters} what="films to rate" retry={reload}>
        {(data) => (
          <div className="grid ratable-grid">
            {variedStarters(
              data.movies.edges.map((edge) => edge.node),
              36,
            ).map((movie) => (
              <RatableTile
                key={movie.id}
                movie={movie}
                rating={rated.get(movie.id) ?? null}
                onStored={onStored}
              />
            ))}
          </div>
        )}
      </Status>
    </section>
  );
}
