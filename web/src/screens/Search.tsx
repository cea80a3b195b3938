import { useSearch } from 'wouter';
import { useTitle } from '../lib/use-title';
import { SearchResults } from './SearchResults';

/** /search?q=…: films and people; the header's search box leads here. */
export function Search() {
  const text = (new URLSearchParams(useSearch()).get('q') ?? '').trim();
  useTitle(text === '' ? 'Search' : `Search: ${text}`);
  return (
    <section>
      <h1>{text === '' ? 'Search' : `Results for “${text}”`}</h1>
      {text === '' ? (
        <p>Type a title or a person’s name in the search box above.</p>
      ) : (
        <SearchResults text={text} />
      )}
    </section>
  );
}
