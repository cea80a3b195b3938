import { FormEvent, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation } from 'wouter';
import { request } from '../api/client';
import { SIGN_IN, SIGN_UP } from '../api/operations';
import { useSession } from '../lib/session';
import { useTitle } from '../lib/use-title';

/** Sign up (then rate-to-start) or sign in (then home), by the agreed accounts API. */
export function AuthScreen({ mode }: { mode: 'signin' | 'signup' }) {
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signingUp = mode === 'signup';
  useTitle(signingUp ? 'Sign up' : 'Sign in');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setError(null);
    try {
      if (signingUp) {
        const { signUp } = await request(SIGN_UP, {
          name: field('name'),
          email: field('email'),
          password: field('password'),
        });
        // The signed-in screens must see the viewer before the route changes to them.
        flushSync(() => signedIn(signUp.token, signUp.user));
        navigate('/start');
      } else {
        const { signIn } = await request(SIGN_IN, {
          email: field('email'),
          password: field('password'),
        });
        flushSync(() => signedIn(signIn.token, signIn.user));
        navigate(signIn.user.ratingCount === 0 ? '/start' : '/');
      }
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <section className="auth">
      <h1>{signingUp ? 'Create your account' : 'Sign in'}</h1>
      <p>
        {signingUp
          ? 'Rate a few films you know, and reelgraph recommends more — saying why for each.'
          : 'Welcome back.'}
      </p>
      <form onSubmit={submit} className="auth-form">
        {signingUp && (
          <label>
            Name
            <input name="name" autoComplete="name" required maxLength={100} />
          </label>
        )}
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={signingUp ? 'new-password' : 'current-password'}
            required
            minLength={signingUp ? 8 : undefined}
            aria-describedby={signingUp ? 'password-hint' : undefined}
          />
        </label>
        {signingUp && (
          <p id="password-hint" className="hint">
            At least 8 characters.
          </p>
        )}
        {error !== null && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Please wait…' : signingUp ? 'Sign up' : 'Sign in'}
        </button>
      </form>
      <p>
        {signingUp ? (
          <>
            Have an account? <Link href="/signin">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href="/signup">Create an account</Link>
          </>
        )}
      </p>
    </section>
  );
}
