import { useState } from 'react';
import { Link } from 'wouter';
import { request } from '../api/client';
import { DISMISS_MOVIE, HOME, Recommendation, UNDISMISS_MOVIE } from '../api/operations';
import { RecommendationTile } from '../components/RecommendationTile';
import { WatchFilter } from '../components/WatchFilter';
import { Status } from '../components/Status';
import { homeRows } from '../lib/home-rows';
import { useSession } from '../lib/session';
import { useOperation } from '../lib/use-operation';
import { useTitle } from '../lib/use-title';
import { useWatchPreference } from '../lib/watch-preference';
import { GOOD_START } from './Onboarding';

/** Top picks and "Because you liked X" rows, no film twice; "not interested" hides a film for good. */
export function Home() {
  useTitle('Your recommendations');
  const { viewer } = useSession();
  const [preferOnly, setPreferOnly] = useWatchPreference();
  const services = viewer?.services ?? { providers: [], region: null };
  const only = preferOnly && services.providers.length > 0;
  const [home, reload] = useOperation(
    HOME,
    { first: 12, rows: 4, perRow: 10, filter: only ? { onMyServices: true } : null },
    `home:${only}:${services.providers.join('|')}:${services.region}`,
  );
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [dismissed, setDismissed] = useState<Recommendation | null>(null);
  const [error, setError] = useState<string | null>(null);

  const dismiss = async (item: Recommendation) => {
    setHidden((previous) => new Set(previous).add(item.movie.id));
    setDismissed(null);
    setError(null);
    try {
      await request(DISMISS_MOVIE, { movieId: item.movie.id });
      setDismissed(item);
    } catch (failure) {
      setHidden((previous) => new Set([...previous].filter((id) => id !== item.movie.id)));
      setError(`Could not hide ${item.movie.displayTitle}: ${(failure as Error).message}`);
    }
  };
  const undoDismiss = async (item: Recommendation) => {
    setDismissed(null);
    try {
      await request(UNDISMISS_MOVIE, { movieId: item.movie.id });
      setHidden((previous) => new Set([...previous].filter((id) => id !== item.movie.id)));
    } catch (failure) {
      setError(`Could not bring back ${item.movie.displayTitle}: ${(failure as Error).message}`);
    }
  };

  const few = viewer !== null && viewer !== undefined && viewer.ratingCount < GOOD_START;
  return (
    <>
      <h1 className="visually-hidden">Your recommendations</h1>
      {few && (
        <p className="banner">
          You have rated {viewer.ratingCount} {viewer.ratingCount === 1 ? 'film' : 'films'}.{' '}
          <Link href="/start">Rate a few more</Link> and these picks become yours rather than what
          is popular.
        </p>
      )}
      <WatchFilter services={services} only={only} onChange={setPreferOnly} />
      <div aria-live="polite" className="notice-area">
        {dismissed !== null && (
          <p className="notice">
            {dismissed.movie.displayTitle} won’t be recommended again.{' '}
            <button type="button" className="link-button" onClick={() => undoDismiss(dismissed)}>
              Undo
            </button>
          </p>
        )}
        {error !== null && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
      </div>
      <Status
        loaded={home}
        what="your recommendations"
        retry={reload}
        isEmpty={(data) => homeRows(data.recommendations, data.becauseYouLiked).length === 0}
        empty={
          only ? (
            <p>
              Nothing on your services to recommend yet. <Link href="/services">Add a service</Link>{' '}
              or switch “Only what I can watch” off.
            </p>
          ) : (
            <p>
              No recommendations yet. <Link href="/start">Rate some films</Link> to get started.
            </p>
          )
        }
      >
        {(data) =>
          homeRows(data.recommendations, data.becauseYouLiked, hidden).map((row) => (
            <section key={row.key} className="row" aria-labelledby={`${row.key}-heading`}>
              <h2 id={`${row.key}-heading`}>{row.title}</h2>
              <div className="row-items">
                {row.items.map((item) => (
                  <RecommendationTile
                    key={item.movie.id}
                    item={item}
                    audience="user"
                    onDismiss={dismiss}
                  />
                ))}
              </div>
            </section>
          ))
        }
      </Status>
    </>
  );
}
