import { FormEvent, ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../lib/session';

/** Skip link, header with search and navigation, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { viewer, signOut } = useSession();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const search = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          reelgraph
        </Link>
        <form role="search" className="header-search" onSubmit={search}>
          <label htmlFor="site-search" className="visually-hidden">
            Search films and people
          </label>
          <input
            id="site-search"
            type="search"
            placeholder="Search films or people"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">Search</button>
        </form>
        <nav aria-label="Main">
          {viewer ? (
            <>
              <Link href="/">Home</Link>
              <Link href="/ratings">My ratings</Link>
              <span className="viewer-name">{viewer.displayName}</span>
              <button type="button" className="link-button" onClick={signOut}>
                Sign out
              </button>
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup">Sign up</Link>
            </>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
