import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/client';
import { RATE_MOVIE, REMOVE_RATING } from '../api/operations';
import { LatestWins } from './latest-wins';

/** One queue for the whole page: the last click on a movie's stars is the rating stored. */
const ratings = new LatestWins<string, number | null>(async (movieId, value) => {
  if (value === null) await request(REMOVE_RATING, { movieId });
  else await request(RATE_MOVIE, { movieId, rating: value });
});

export interface RatingControl {
  value: number | null;
  /** The value before the last change, for undo; undefined when there is nothing to undo. */
  previous: number | null | undefined;
  saving: boolean;
  error: string | null;
  rate(value: number | null): void;
  undo(): void;
}

/** A movie's rating as the viewer sees it: changes show at once and are stored in order. */
export function useRating(
  movieId: string,
  initial: number | null,
  onStored?: (value: number | null) => void,
): RatingControl {
  const [value, setValue] = useState(initial);
  const [previous, setPrevious] = useState<number | null | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValue(initial), [initial]);

  const store = useCallback(
    (next: number | null) => {
      setValue(next);
      setSaving(true);
      setError(null);
      ratings.set(movieId, next).then(
        (stored) => {
          setSaving(false);
          onStored?.(stored);
        },
        (failure: Error) => {
          setSaving(false);
          setError(`Not saved: ${failure.message}`);
        },
      );
    },
    [movieId, onStored],
  );
  const rate = useCallback(
    (next: number | null) => {
      setPrevious(value);
      store(next);
    },
    [store, value],
  );
  const undo = useCallback(() => {
    if (previous === undefined) return;
    setPrevious(undefined);
    store(previous);
  }, [previous, store]);
  return { value, previous, saving, error, rate, undo };
}
