/**
 * What one request may ask of the server. Every value has a default sized for the demo and
 * MovieLens catalogues and can be changed with the environment variable named beside it.
 */
export interface Limits {
  /** REELGRAPH_MAX_DEPTH: nesting of fields, e.g. movie → cast → actedIn is 3. */
  maxDepth: number;
  /** REELGRAPH_MAX_ALIASES: aliased fields in one operation. */
  maxAliases: number;
  /** REELGRAPH_MAX_TOKENS: lexical tokens in the query text. */
  maxTokens: number;
  /** REELGRAPH_MAX_DIRECTIVES: directives (@include, @skip) in one operation. */
  maxDirectives: number;
  /** REELGRAPH_MAX_COST: the estimated cost of an operation; list fields cost `first` times their items. */
  maxCost: number;
  /** REELGRAPH_TIME_BUDGET_MS: server time one request may take before it is cut short. */
  timeBudgetMs: number;
  /** NEO4J_TX_TIMEOUT_MS: the longest one API transaction may run in Neo4j. */
  transactionTimeoutMs: number;
  /** NEO4J_ACQUISITION_TIMEOUT_MS: how long a request waits for a free Neo4j connection. */
  connectionAcquisitionTimeoutMs: number;
  /** REELGRAPH_SEARCH_MAX_LENGTH: code points in a search text. */
  searchMaxLength: number;
  /** REELGRAPH_SEARCH_MAX_WORDS: words in a search text. */
  searchMaxWords: number;
  /** REELGRAPH_RETRY_AFTER_SECONDS: the retry hint sent with SERVICE_UNAVAILABLE. */
  retryAfterSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 10_000,
  timeBudgetMs: 2_000,
  transactionTimeoutMs: 1_500,
  connectionAcquisitionTimeoutMs: 1_000,
  searchMaxLength: 200,
  searchMaxWords: 12,
  retryAfterSeconds: 2,
};

const VARIABLES: Record<keyof Limits, string> = {
  maxDepth: 'REELGRAPH_MAX_DEPTH',
  maxAliases: 'REELGRAPH_MAX_ALIASES',
  maxTokens: 'REELGRAPH_MAX_TOKENS',
  maxDirectives: 'REELGRAPH_MAX_DIRECTIVES',
  maxCost: 'REELGRAPH_MAX_COST',
  timeBudgetMs: 'REELGRAPH_TIME_BUDGET_MS',
  transactionTimeoutMs: 'NEO4J_TX_TIMEOUT_MS',
  connectionAcquisitionTimeoutMs: 'NEO4J_ACQUISITION_TIMEOUT_MS',
  searchMaxLength: 'REELGRAPH_SEARCH_MAX_LENGTH',
  searchMaxWords: 'REELGRAPH_SEARCH_MAX_WORDS',
  retryAfterSeconds: 'REELGRAPH_RETRY_AFTER_SECONDS',
};

/** The limits in force: defaults, overridden by positive whole numbers from the environment. */
export function limits(env: NodeJS.ProcessEnv = process.env): Limits {
  const entries = Object.entries(VARIABLES).map(([key, variable]) => {
    const text = env[variable];
    if (text === undefined || text === '') return [key, DEFAULT_LIMITS[key as keyof Limits]];
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${variable} must be a whole number above 0, got "${text}"`);
    }
    return [key, value];
  });
  return Object.fromEntries(entries) as Limits;
}
