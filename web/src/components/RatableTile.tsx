import { MovieCard } from '../api/operations';
import { useRating } from '../lib/use-rating';
import { MovieTile } from './MovieTile';
import { Stars } from './Stars';

/** A film with half-star rating right on the card, for onboarding, search and my ratings. */
export function RatableTile({
  movie,
  rating,
  onStored,
}: {
  movie: MovieCard;
  rating: number | null;
  onStored?: (movieId: string, value: number | null) => void;
}) {
  const control = useRating(movie.id, rating, (value) => onStored?.(movie.id, value));
  return (
    <MovieTile movie={movie} ratable>
      <Stars control={control} label={`Your rating of ${movie.displayTitle}`} />
    </MovieTile>
  );
}
