import { MovieCard, PERSON_PAGE } from '../api/operations';
import { MovieTile } from '../components/MovieTile';
import { Status } from '../components/Status';
import { useOperation } from '../lib/use-operation';
import { useTitle } from '../lib/use-title';

function Films({ title, movies }: { title: string; movies: MovieCard[] }) {
  if (movies.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>
        {title} <span className="count">({movies.length})</span>
      </h2>
      <div className="grid">
        {movies.map((movie) => (
          <MovieTile key={movie.id} movie={movie} />
        ))}
      </div>
    </section>
  );
}

function Person({
  person,
}: {
  person: { name: string; directed: MovieCard[]; actedIn: MovieCard[] };
}) {
  useTitle(person.name);
  return (
    <>
      <h1>{person.name}</h1>
      <Films title="Directed" movies={person.directed} />
      <Films title="Acted in" movies={person.actedIn} />
    </>
  );
}

/** /person/:id: the films a director or actor made. */
export function PersonPage({ id }: { id: string }) {
  const [page, reload] = useOperation(PERSON_PAGE, { id }, id);
  return (
    <Status loaded={page} what="this person" retry={reload}>
      {({ person }) => <Person person={person} />}
    </Status>
  );
}
