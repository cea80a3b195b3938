import { ReactNode } from 'react';
import { Link } from 'wouter';
import { MovieCard } from '../api/operations';
import { Poster } from './Poster';

/**
 * A film as a poster and a title linking to its page; `children` adds reasons or stars. A
 * `ratable` tile is a wide, low card, so its stars fit at full touch size.
 */
export function MovieTile({
  movie,
  ratable = false,
  children,
}: {
  movie: MovieCard;
  ratable?: boolean;
  children?: ReactNode;
}) {
  return (
    <article className={ratable ? 'tile ratable' : 'tile'} data-movie-id={movie.id}>
      <Link href={`/movie/${movie.id}`} className="tile-link">
        <Poster
          id={movie.id}
          title={movie.displayTitle}
          year={movie.year}
          genres={movie.genres.map((genre) => genre.name)}
        />
        {/* The poster shows the title; the heading names the card for screen readers. */}
        <h3 className="visually-hidden">{movie.displayTitle}</h3>
      </Link>
      {children}
    </article>
  );
}
