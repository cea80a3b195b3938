import pino from 'pino';

export const logger = pino({
  name: 'reelgraph',
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
});
