import { AsyncLocalStorage } from 'node:async_hooks';
import { unavailable } from './errors';

interface Deadline {
  /** The time (performance.now) by which the request being served must be answered. */
  at: number;
  /** The retry hint its SERVICE_UNAVAILABLE carries once the time is up. */
  retryAfterSeconds: number;
}

const deadlines = new AsyncLocalStorage<Deadline>();

/** Runs `work` and everything it starts under a deadline `budgetMs` from now. */
export function withDeadline<T>(budgetMs: number, retryAfterSeconds: number, work: () => T): T {
  return deadlines.run({ at: performance.now() + budgetMs, retryAfterSeconds }, work);
}

/** Milliseconds left for the current request; undefined outside one (seeding, training). */
export function remainingMs(): number | undefined {
  const deadline = deadlines.getStore();
  return deadline === undefined ? undefined : deadline.at - performance.now();
}

/** Throws SERVICE_UNAVAILABLE once the current request has used up its time. */
export function checkDeadline(): void {
  const deadline = deadlines.getStore();
  if (deadline !== undefined && deadline.at <= performance.now()) {
    throw unavailable(
      'This request ran out of its time budget; ask for less (a smaller first, fewer fields) or try again shortly',
      deadline.retryAfterSeconds,
    );
  }
}
