import { MovieRef, Recommendation } from '../api/operations';

export interface HomeRow {
  key: string;
  title: string;
  items: Recommendation[];
}

/**
 * "Top picks" then one "Because you liked X" row per anchor, with no movie twice on the page:
 * a movie keeps its first place, and rows left empty are dropped.
 */
export function homeRows(
  topPicks: Recommendation[],
  becauseYouLiked: { anchor: MovieRef; items: Recommendation[] }[],
  hidden: ReadonlySet<string> = new Set(),
): HomeRow[] {
  const seen = new Set(hidden);
  const fresh = (items: Recommendation[]) =>
    items.filter((item) => {
      if (seen.has(item.movie.id)) return false;
      seen.add(item.movie.id);
      return true;
    });
  const rows: HomeRow[] = [
    { key: 'top-picks', title: 'Top picks for you', items: fresh(topPicks) },
    ...becauseYouLiked.map(({ anchor, items }) => ({
      key: `because-${anchor.id}`,
      title: `Because you liked ${anchor.displayTitle}`,
      items: fresh(items),
    })),
  ];
  return rows.filter((row) => row.items.length > 0);
}
