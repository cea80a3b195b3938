import cluster from 'node:cluster';

/** Set in the environment of the workers reelgraph's own primary forks. */
export const CLUSTER_WORKER_VARIABLE = 'REELGRAPH_CLUSTER_WORKER';

/**
 * Whether this process is a worker of reelgraph's cluster (REELGRAPH_WORKERS > 1): its primary
 * keeps the rate-limit counts and prints the banner. A worker of another cluster manager (pm2 -i)
 * has no such primary and runs as a process on its own.
 */
export const isClusterWorker = (): boolean =>
  cluster.isWorker && process.env[CLUSTER_WORKER_VARIABLE] === '1';
