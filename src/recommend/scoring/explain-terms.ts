import type { Reason, ReasonDraft } from '../reasons';
import type { MovieFacts } from '../trained-models';
import { personId } from './catalogue-links';
import type { Term } from './additive-scorer';
import type { ScorerConfig } from './scorer-config';
import { feeling, type UserProfile } from './user-profile';

/** Which kind of evidence contributed most to a movie's score: the component that ranked it. */
export type Component =
  'item-item' | 'people' | 'keywords' | 'genres' | 'popularity' | 'similar-users' | 'taste-profile';

export interface Explanation {
  readonly reasons: Reason[];
  readonly source: Component;
}

export interface ExplainOptions {
  /** Name popularity even when more specific reasons exist (users with few ratings). */
  readonly mentionPopularity?: boolean;
  /** The similar users are the fans of this movie (a movie page), not of the user's likes. */
  readonly fansOf?: string;
}

interface Candidate {
  readonly value: number;
  readonly reason: ReasonDraft;
  /** Anchored on one rated film by item–item terms only: combined with others, never shown alone. */
  readonly combinable?: { anchor: number; similarity: number; liked: boolean };
}

/**
 * The reasons of one movie: its largest positive terms, those of one anchor taken together (they
 * all go when the anchor goes), each with its share of the positive evidence as `weight`. Films
 * that carry the movie by item–item terms alone are named together ("Because you liked Heat and
 * Collateral"); a person or keyword path names the person or keyword.
 */
export function explainTerms(
  terms: readonly Term[],
  profile: UserProfile,
  catalogue: readonly MovieFacts[],
  config: ScorerConfig,
  options: ExplainOptions = {},
): Explanation {
  const idOf = (index: number) => catalogue[index].id;
  const candidates: Candidate[] = [];
  const groups = new Map<number, Term[]>();
  for (const term of terms) {
    if (term.kind !== 'itemItem' && term.kind !== 'path') continue;
    const group = groups.get(term.anchor);
    if (group) group.push(term);
    else groups.set(term.anchor, [term]);
  }
  for (const [anchor, group] of groups) {
    const value = group.reduce((sum, term) => sum + term.value, 0);
    if (value > 0) candidates.push(anchoredCandidate(anchor, group, value, profile, config, idOf));
  }
  candidates.push(...combined(candidates, config, idOf));
  for (const term of terms) {
    if (term.value <= 0) continue;
    if (term.kind === 'genre' && term.genres.length > 0) {
      const anchor = bestGenreAnchor(term.genres, profile, catalogue);
      if (anchor !== undefined) {
        candidates.push({
          value: term.value,
          reason: {
            kind: 'SharedGenre',
            genres: sharedGenres(term.genres, catalogue[anchor]),
            anchorId: idOf(anchor),
          },
        });
      }
    } else if (term.kind === 'similarUsers') {
      candidates.push({
        value: term.value,
        reason: {
          kind: 'SimilarUsers',
          count: term.count,
          ...(options.fansOf === undefined ? {} : { anchorId: options.fansOf }),
        },
      });
    } else if (term.kind === 'taste') {
      candidates.push({ value: term.value, reason: { kind: 'TasteProfile' } });
    }
  }
  const popularity = terms.find((term) => term.kind === 'popularity');
  const shown = candidates.filter((candidate) => candidate.combinable === undefined);
  if (popularity?.kind === 'popularity' && (options.mentionPopularity || shown.length === 0)) {
    shown.push({
      value: Math.max(popularity.value, 1e-9),
      reason: { kind: 'Popular', ratingCount: popularity.ratingCount },
    });
  }
  const total = terms.reduce((sum, term) => sum + Math.max(0, term.value), 0);
  const reasons = shown
    .sort((a, b) => b.value - a.value)
    .slice(0, config.maxReasons)
    .map(
      ({ value, reason }) =>
        ({ ...reason, weight: total > 0 ? Math.min(1, value / total) : 1 }) as Reason,
    );
  return { reasons, source: mainComponent(terms) };
}

function anchoredCandidate(
  anchor: number,
  group: readonly Term[],
  value: number,
  profile: UserProfile,
  config: ScorerConfig,
  idOf: (index: number) => string,
): Candidate {
  const anchorId = idOf(anchor);
  // Most groups are one item–item term: no path list to build for them.
  const paths = group.length === 1 && group[0].kind === 'itemItem' ? [] : pathTerms(group);
  const person =
    paths.find((term) => term.link === 'director') ?? paths.find((term) => term.link === 'actor');
  if (person !== undefined) {
    return {
      value,
      reason: {
        kind: 'SharedPerson',
        personId: personId(person.name),
        personName: person.name,
        role: person.link === 'director' ? 'DIRECTOR' : 'ACTOR',
        anchorId,
      },
    };
  }
  const keywords = paths.filter((term) => term.link === 'keyword').map((term) => term.name);
  if (keywords.length > 0) {
    return { value, reason: { kind: 'SharedKeyword', keywords: keywords.slice(0, 3), anchorId } };
  }
  const itemItem = group.find((term) => term.kind === 'itemItem');
  const similarity = itemItem?.kind === 'itemItem' ? itemItem.itemWeight : 0;
  const liked = feeling(profile.ratings.get(anchor) ?? 0, config) === 'liked';
  return {
    value,
    reason: {
      kind: 'BecauseYouLiked',
      anchorIds: liked ? [anchorId] : [],
      watchedIds: liked ? [] : [anchorId],
      similarity,
    },
    combinable: { anchor, similarity, liked },
  };
}

/**
 * The rated films carried by item–item terms alone, as one reason: the strongest, then those with
 * at least `combineShare` of its value, up to `maxCombinedAnchors`, liked films named apart from
 * merely watched ones ("Because you liked Heat and Collateral, and watched Ronin").
 */
function combined(
  candidates: readonly Candidate[],
  config: ScorerConfig,
  idOf: (index: number) => string,
): Candidate[] {
  const group = candidates
    .filter((candidate) => candidate.combinable !== undefined)
    .sort((a, b) => b.value - a.value);
  if (group.length === 0) return [];
  const [first] = group;
  const together = group
    .filter((candidate) => candidate.value >= config.combineShare * first.value)
    .slice(0, config.maxCombinedAnchors);
  const ids = (liked: boolean) =>
    together
      .filter((candidate) => candidate.combinable!.liked === liked)
      .map((candidate) => idOf(candidate.combinable!.anchor));
  return [
    {
      value: together.reduce((sum, candidate) => sum + candidate.value, 0),
      reason: {
        kind: 'BecauseYouLiked',
        anchorIds: ids(true),
        watchedIds: ids(false),
        similarity: first.combinable!.similarity,
      },
    },
  ];
}

/** The liked film sharing the most of these genres (the best liked film on ties). */
function bestGenreAnchor(
  genres: readonly string[],
  profile: UserProfile,
  catalogue: readonly MovieFacts[],
): number | undefined {
  let best: number | undefined;
  let bestShared = 0;
  for (const anchor of profile.liked) {
    const { genres: anchorGenres } = catalogue[anchor];
    let shared = 0;
    for (const genre of genres) if (anchorGenres.includes(genre)) shared++;
    if (shared > bestShared) [best, bestShared] = [anchor, shared];
    // No later film can share more than all of them.
    if (bestShared === genres.length) break;
  }
  return best;
}

const pathTerms = (group: readonly Term[]) =>
  group.flatMap((term) => (term.kind === 'path' ? [term] : []));

const sharedGenres = (genres: readonly string[], anchor: MovieFacts) =>
  genres.filter((genre) => anchor.genres.includes(genre)).sort();

function mainComponent(terms: readonly Term[]): Component {
  const totals = new Map<Component, number>();
  for (const term of terms) {
    const component: Component =
      term.kind === 'itemItem'
        ? 'item-item'
        : term.kind === 'path'
          ? term.link === 'keyword'
            ? 'keywords'
            : 'people'
          : term.kind === 'genre'
            ? 'genres'
            : term.kind === 'popularity'
              ? 'popularity'
              : term.kind === 'taste'
                ? 'taste-profile'
                : 'similar-users';
    totals.set(component, (totals.get(component) ?? 0) + term.value);
  }
  let best: Component = 'popularity';
  let bestValue = -Infinity;
  for (const [component, value] of totals)
    if (value > bestValue) [best, bestValue] = [component, value];
  return best;
}
