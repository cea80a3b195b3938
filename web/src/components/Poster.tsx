import { posterColours } from '../lib/poster';

interface Props {
  id: string;
  title: string;
  year: number | null;
  genres: readonly string[];
}

/** A generated poster tile: the title and year on the colours of the film's genres. */
export function Poster({ id, title, year, genres }: Props) {
  const [from, to] = posterColours(id, genres);
  // Decorative: the card names the film in text beside it.
  return (
    <div
      className="poster"
      aria-hidden="true"
      style={{ background: `linear-gradient(160deg, ${from}, ${to})` }}
    >
      <span className="poster-title">{title.replace(/ \(\d{4}\)$/, '')}</span>
      <span className="poster-meta">
        {year ?? ''} {genres.slice(0, 2).join(' · ')}
      </span>
    </div>
  );
}
