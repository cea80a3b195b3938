import pino from 'pino';

/** JSON lines for machines; readable lines when a person watches a terminal. */
export const logger = pino({
  name: 'reelgraph',
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  transport: process.stdout.isTTY
    ? { target: 'pino-pretty', options: { ignore: 'pid,hostname' } }
    : undefined,
});
