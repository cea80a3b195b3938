import { ReactNode } from 'react';
import { Loaded } from '../lib/use-operation';

/** Loading, error and empty states, each visible and announced; children render the data. */
export function Status<T>({
  loaded,
  what,
  retry,
  isEmpty,
  empty,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  retry?: () => void;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'loading') {
    return (
      <p className="status" role="status">
        <span className="spinner" aria-hidden="true" /> Loading {what}…
      </p>
    );
  }
  if (loaded.state === 'error') {
    return (
      <div className="status error" role="alert">
        <p>
          Could not load {what}: {loaded.error.message}
        </p>
        {retry && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  if (isEmpty?.(loaded.data)) return <div className="status empty">{empty}</div>;
  return <>{children(loaded.data)}</>;
}
