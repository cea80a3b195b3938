import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { request, session } from '../api/client';
import { ME, Viewer } from '../api/operations';

interface Session {
  /** undefined while the stored token is being checked. */
  viewer: Viewer | null | undefined;
  signedIn(token: string, viewer: Viewer): void;
  signOut(): void;
  /** Reads the viewer again, e.g. after rating, so counts stay right. */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null | undefined>(
    session.token() === null ? null : undefined,
  );
  const refresh = useCallback(async () => {
    if (session.token() === null) return setViewer(null);
    try {
      const { me } = await request(ME, {});
      if (me === null) session.clear();
      setViewer(me);
    } catch {
      // An expired or rejected token signs out; the sign-in screen says what to do.
      session.clear();
      setViewer(null);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const signedIn = useCallback((token: string, next: Viewer) => {
    session.save(token);
    setViewer(next);
  }, []);
  const signOut = useCallback(() => {
    session.clear();
    setViewer(null);
  }, []);
  return (
    <SessionContext.Provider value={{ viewer, signedIn, signOut, refresh }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession needs a SessionProvider above it');
  return value;
}
