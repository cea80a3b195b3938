import { useEffect } from 'react';

/** Each screen names itself in the tab and for screen readers arriving on it. */
export function useTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = `${title} · reelgraph`;
  }, [title]);
}
