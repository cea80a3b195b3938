import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/client';
import { Operation } from '../api/operation';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: T };

/**
 * Runs a query when the component shows and whenever `key` changes; an answer that arrives
 * after a newer request started is dropped, so a quick search never shows stale results.
 */
export function useOperation<TData, TVariables>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  key: string,
): [Loaded<TData>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<TData>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    setLoaded((previous) =>
      previous.state === 'done' && generation > 0 ? previous : { state: 'loading' },
    );
    request(operation, variables).then(
      (data) => current && setLoaded({ state: 'done', data }),
      (error: Error) => current && setLoaded({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
    // The key stands for the variables; objects made during render change every time.
  }, [operation, key, generation]);
  return [loaded, reload];
}
