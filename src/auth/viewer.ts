/** Who is asking, decided once per request from its Authorization header. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string }
  /** The REELGRAPH_ADMIN_TOKEN holder: reads any user's data, acts as no one. */
  | { kind: 'admin' };

export const anonymous: Viewer = { kind: 'anonymous' };
