import { Link } from 'wouter';
import { Recommendation } from '../api/operations';
import { Audience } from '../lib/reasons';
import { MovieTile } from './MovieTile';
import { ReasonChips } from './ReasonChips';

/** A recommended film with its reasons, and "not interested" / "more like this" actions. */
export function RecommendationTile({
  item,
  audience,
  onDismiss,
}: {
  item: Recommendation;
  audience: Audience;
  onDismiss?: (item: Recommendation) => void;
}) {
  const { movie } = item;
  return (
    <MovieTile movie={movie}>
      <ReasonChips reasons={item.reasons} movie={movie} audience={audience} />
      <div className="tile-actions">
        <Link href={`/movie/${movie.id}#more-like-this`} className="small-action">
          More like this<span className="visually-hidden"> {movie.displayTitle}</span>
        </Link>
        {onDismiss && (
          <button type="button" className="small-action" onClick={() => onDismiss(item)}>
            Not interested<span className="visually-hidden"> in {movie.displayTitle}</span>
          </button>
        )}
      </div>
    </MovieTile>
  );
}
