import { Link } from 'wouter';
import { SEARCH } from '../api/operations';
import { MovieTile } from '../components/MovieTile';
import { RatableTile } from '../components/RatableTile';
import { Status } from '../components/Status';
import { useSession } from '../lib/session';
import { useOperation } from '../lib/use-operation';

/**
 * Films (best title match first) and people matching the text. Signed-in viewers can rate the
 * films right here; `rated` carries ratings given elsewhere on the same screen.
 */
export function SearchResults({
  text,
  rated,
  onStored,
  moviesOnly = false,
}: {
  text: string;
  rated?: ReadonlyMap<string, number | null>;
  onStored?: (movieId: string, value: number | null) => void;
  moviesOnly?: boolean;
}) {
  const { viewer } = useSession();
  const [results, reload] = useOperation(SEARCH, { text, first: 24 }, text);
  return (
    <Status
      loaded={results}
      what={`results for “${text}”`}
      retry={reload}
      isEmpty={(data) => data.movies.edges.length === 0 && data.people.edges.length === 0}
      empty={<p>Nothing matches “{text}”. Try fewer or different words.</p>}
    >
      {({ movies, people }) => (
        <div className="search-results" aria-live="polite">
          {!moviesOnly && people.edges.length > 0 && (
            <section aria-labelledby="people-heading">
              <h2 id="people-heading">People</h2>
              <ul className="people">
                {people.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link href={`/person/${node.id}`}>{node.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby={`films-${moviesOnly ? 'start' : 'search'}`}>
            <h2 id={`films-${moviesOnly ? 'start' : 'search'}`}>
              Films <span className="count">({movies.totalCount.toLocaleString('en')})</span>
            </h2>
            {movies.edges.length === 0 && <p className="hint">No film titles match “{text}”.</p>}
            <div className="grid ratable-grid">
              {movies.edges.map(({ node }) =>
                viewer ? (
                  <RatableTile
                    key={node.id}
                    movie={node}
                    rating={rated?.get(node.id) ?? null}
                    onStored={onStored}
                  />
                ) : (
                  <MovieTile key={node.id} movie={node} />
                ),
              )}
            </div>
          </section>
        </div>
      )}
    </Status>
  );
}
