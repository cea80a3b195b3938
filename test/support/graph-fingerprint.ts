import { createHash } from 'node:crypto';
import { Database } from '../../src/graph/database';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  ratings: number;
  /** sha256 of every (user, movie, rating, time), in order. */
  ratingsChecksum: string;
}

/** What must be the same after a suite that should change nothing. */
export async function graphFingerprint(database: Database): Promise<GraphFingerprint> {
  const [row] = await database.read<{ nodes: number; relationships: number; ratings: string[] }>(
    'checks/graph-fingerprint',
  );
  return {
    nodes: row.nodes,
    relationships: row.relationships,
    ratings: row.ratings.length,
    ratingsChecksum: createHash('sha256').update(row.ratings.join('\n')).digest('hex'),
  };
}
