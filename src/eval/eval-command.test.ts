import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mulberry32 } from '../recommend/random';
import { runEvalCommand } from './eval-command';

const GENRES = ['Action', 'Comedy', 'Drama', 'Horror', 'Romance', 'Sci-Fi'];
const USERS = 40;
const MOVIES = 30;

/** Users who like one genre rate its movies high: enough structure for every model to fit. */
function syntheticRatings(): [number, number, number][] {
  const random = mulberry32(7);
  const ratings: [number, number, number][] = [];
  for (let user = 1; user <= USERS; user++) {
    for (let movie = 1; movie <= MOVIES; movie++) {
      if (random() > 0.6) continue;
      const liked = movie % GENRES.length === user % GENRES.length;
      ratings.push([user, movie, (liked ? 5 : 2) - (random() < 0.5 ? 0 : 1)]);
    }
  }
  return ratings;
}

function writeCsvFolder(dir: string, ratings: [number, number, number][]): void {
  const movies = Array.from(
    { length: MOVIES },
    (_, n) => `${n + 1},"Film ${n + 1}, The (199${n % 10})",${GENRES[(n + 1) % GENRES.length]}`,
  );
  writeFileSync(path.join(dir, 'movies.csv'), ['movieId,title,genres', ...movies].join('\n'));
  const rows = ratings.map(([u, m, r]) => `${u},${m},${r},964982703`);
  writeFileSync(
    path.join(dir, 'ratings.csv'),
    ['userId,movieId,rating,timestamp', ...rows].join('\n'),
  );
}

/** ml-100k: u.data, u.item and the official u1…u5 base/test files. */
function writeMl100kFolder(dir: string, ratings: [number, number, number][]): void {
  const flags = (movie: number) =>
    ['unknown', ...GENRES].map((g) => (g === GENRES[movie % GENRES.length] ? 1 : 0));
  const items = Array.from({ length: MOVIES }, (_, n) =>
    [
      n + 1,
      `Film ${n + 1} (1995)`,
      '01-Jan-1995',
      '',
      'http://x',
      ...flags(n + 1),
      ...Array(12).fill(0),
    ].join('|'),
  );
  writeFileSync(path.join(dir, 'u.item'), items.join('\n'));
  const line = ([u, m, r]: [number, number, number]) => `${u}\t${m}\t${r}\t881250949`;
  writeFileSync(path.join(dir, 'u.data'), ratings.map(line).join('\n'));
  for (let fold = 1; fold <= 5; fold++) {
    const part = (keep: boolean) => ratings.filter((_, n) => (n % 5 === fold - 1) === keep);
    writeFileSync(path.join(dir, `u${fold}.base`), part(false).map(line).join('\n'));
    writeFileSync(path.join(dir, `u${fold}.test`), part(true).map(line).join('\n'));
  }
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEvalCommand(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const RATING_KEYS = ['rmse', 'mae', 'trainSeconds'];
const RANKING_KEYS = [
  'precision@10',
  'recall@10',
  'ndcg@10',
  'map@10',
  'map',
  'coverage',
  'meanPopularityRank',
  'trainSeconds',
];

describe('npm run eval on a tiny synthetic MovieLens folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'reelgraph-eval-'));
  const csv = path.join(root, 'ml-synthetic');
  const ml100k = path.join(root, 'ml-100k');
  beforeAll(() => {
    const ratings = syntheticRatings();
    for (const dir of [csv, ml100k]) mkdirSync(dir);
    writeCsvFolder(csv, ratings);
    writeMl100kFolder(ml100k, ratings);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['ratings', csv, 2, RATING_KEYS],
    ['official', ml100k, 5, RATING_KEYS],
    ['topn', csv, 1, RANKING_KEYS],
  ] as const)('runs the %s protocol and writes the JSON', async (protocol, dir, folds, keys) => {
    const json = path.join(root, `${protocol}.json`);
    const { code, out } = await run([dir, '--protocol', protocol, '--folds', '2', '--json', json]);
    expect(code).toBe(0);
    expect(out).toContain('**hybrid** (served)');
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result).toMatchObject({
      dataset: path.basename(dir),
      protocol,
      folds,
      seed: 42,
      served: 'hybrid',
    });
    const expectedModels =
      protocol === 'topn'
        ? [
            'global mean',
            'user+item bias',
            'popularity',
            'item-kNN',
            'factor model',
            'EASE',
            'item-item',
            'taste profile',
            'content',
            'hybrid',
          ]
        : ['global mean', 'user+item bias', 'item-kNN', 'factor model', 'content', 'hybrid'];
    expect(Object.keys(result.models)).toEqual(expectedModels);
    // Only the served recommender has reasons to check, and only when it ranks.
    const reasonKeys = ['fidelity@10', 'specificity@10'];
    for (const [name, metrics] of Object.entries(result.models) as [
      string,
      Record<string, number>,
    ][]) {
      const expected =
        protocol === 'topn' && name === 'hybrid'
          ? [...keys.slice(0, -1), ...reasonKeys, keys[keys.length - 1]]
          : keys;
      expect(Object.keys(metrics)).toEqual(expected);
      for (const value of Object.values(metrics)) expect(Number.isFinite(value)).toBe(true);
    }
    if (protocol === 'topn') {
      expect(result.models.hybrid['fidelity@10']).toBeGreaterThanOrEqual(0);
      expect(result.models.hybrid['fidelity@10']).toBeLessThanOrEqual(1);
    }
    if (protocol !== 'topn') {
      // Fans rate their genre high: the content model sees that even in ratings this few.
      expect(result.models.content.rmse).toBeLessThan(result.models['global mean'].rmse);
    }
  });

  it('writes split files for the peers, and says how to install them when they are absent', async () => {
    const splits = path.join(root, 'splits');
    const previous = process.env.REELGRAPH_PEERS_PYTHON;
    process.env.REELGRAPH_PEERS_PYTHON = path.join(root, 'no-python');
    try {
      const { code, err } = await run([
        csv,
        '--protocol',
        'topn',
        '--write-splits',
        splits,
        '--peers',
      ]);
      expect(code).toBe(0);
      expect(err).toContain('npm run eval:peers-setup');
    } finally {
      if (previous === undefined) delete process.env.REELGRAPH_PEERS_PYTHON;
      else process.env.REELGRAPH_PEERS_PYTHON = previous;
    }
    const manifest = JSON.parse(readFileSync(path.join(splits, 'splits.json'), 'utf8'));
    expect(manifest).toMatchObject({ protocol: 'topn', seed: 42, k: 10 });
    const train = readFileSync(path.join(splits, manifest.folds[0].train), 'utf8');
    expect(train.split('\n')[0]).toMatch(/^\d+\t\d+\t[\d.]+$/);
  });

  it.each([
    [['/no/such/folder'], /does not exist/],
    [[root], /neither ratings.csv, ratings.dat nor u.data/],
    [[csv, '--protocol', 'official'], /u1.base/],
    [[csv, '--folds', 'x'], /--folds/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.split('\n')).toHaveLength(1);
  });
});
