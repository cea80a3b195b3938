import { useState } from 'react';
import { Link } from 'wouter';
import { MY_RATINGS } from '../api/operations';
import { RatableTile } from '../components/RatableTile';
import { Status } from '../components/Status';
import { useOperation } from '../lib/use-operation';
import { useTitle } from '../lib/use-title';

const PAGE_SIZE = 48;

/** /ratings: what you rated, newest first, editable in place, a page at a time. */
export function MyRatings() {
  useTitle('My ratings');
  const [after, setAfter] = useState<string | null>(null);
  const [history, setHistory] = useState<(string | null)[]>([]);
  const [page, reload] = useOperation(MY_RATINGS, { first: PAGE_SIZE, after }, `ratings-${after}`);
  return (
    <section>
      <h1>My ratings</h1>
      <Status
        loaded={page}
        what="your ratings"
        retry={reload}
        isEmpty={(data) => (data.me?.ratings.totalCount ?? 0) === 0}
        empty={
          <p>
            You have not rated anything yet. <Link href="/start">Rate some films</Link>.
          </p>
        }
      >
        {({ me }) => (
          <>
            <p>{me!.ratings.totalCount.toLocaleString('en')} films rated, newest first.</p>
            <div className="grid ratable-grid">
              {me!.ratings.edges.map(({ node }) => (
                <RatableTile key={node.movie.id} movie={node.movie} rating={node.value} />
              ))}
            </div>
            <nav className="pager" aria-label="Pages of ratings">
              {history.length > 0 && (
                <button
                  type="button"
                  onClick={() => {
                    setAfter(history[history.length - 1]);
                    setHistory(history.slice(0, -1));
                  }}
                >
                  Newer
                </button>
              )}
              {me!.ratings.pageInfo.hasNextPage && (
                <button
                  type="button"
                  onClick={() => {
                    setHistory([...history, after]);
                    setAfter(me!.ratings.pageInfo.endCursor);
                  }}
                >
                  Older
                </button>
              )}
            </nav>
          </>
        )}
      </Status>
    </section>
  );
}
