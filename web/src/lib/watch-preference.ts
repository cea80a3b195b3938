import { useCallback, useState } from 'react';

const KEY = 'reelgraph.onlyWhatICanWatch';

export const saveWatchPreference = (only: boolean) =>
  only ? localStorage.setItem(KEY, '1') : localStorage.removeItem(KEY);

/** Whether home keeps to the user's services; remembered in this browser across visits. */
export function useWatchPreference(): [boolean, (only: boolean) => void] {
  const [only, setOnly] = useState(() => localStorage.getItem(KEY) === '1');
  const update = useCallback((next: boolean) => {
    saveWatchPreference(next);
    setOnly(next);
  }, []);
  return [only, update];
}
