import { AsyncLocalStorage } from 'node:async_hooks';
import { unavailable } from './errors';

/** The time (performance.now) by which the request being served must be answered. */
const deadlines = new AsyncLocalStorage<number>();

/** Runs `work` and everything it starts under a deadline `budgetMs` from now. */
export function withDeadline<T>(budgetMs: number, work: () => T): T {
  return deadlines.run(performance.now() + budgetMs, work);
}

/** Milliseconds left for the current request; undefined outside one (seeding, training). */
export function remainingMs(): number | undefined {
  const deadline = deadlines.getStore();
  return deadline === undefined ? undefined : deadline - performance.now();
}

/** Throws SERVICE_UNAVAILABLE once the current request has used up its time. */
export function checkDeadline(retryAfterSeconds: number): void {
  const left = remainingMs();
  if (left !== undefined && left <= 0) {
    throw unavailable(
      'This request ran out of its time budget; ask for less (a smaller first, fewer fields) or try again shortly',
      retryAfterSeconds,
    );
  }
}
