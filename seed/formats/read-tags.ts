import path from 'node:path';
import { parseId } from './fields';
import { fileExists } from './files';
import { MOVIELENS_LAYOUTS, type MovieLensFormat } from './movielens-format';
import type { OnIssue } from './parse-issue';
import { readRows, rejectRow, type RowSchema } from './read-rows';

export interface ParsedTag {
  movieId: string;
  /** Lowercased and trimmed: "Highly quotable" and "highly quotable " are one keyword. */
  tag: string;
}

/** tags.csv `userId,movieId,tag,timestamp` and tags.dat `UserID::MovieID::Tag::Timestamp`. */
const TAG_ROW: RowSchema<ParsedTag> = {
  columns: 4,
  parse: ([, movieId, text]) => {
    const tag = text.trim().toLowerCase();
    if (tag === '') rejectRow('empty tag');
    return { movieId: parseId('movie', movieId), tag };
  },
};

/**
 * The users' free-text tags of a MovieLens folder, each tag once per movie, in file order;
 * none for releases without a tags file (ml-100k, ml-1m).
 */
export async function readTags(
  dir: string,
  format: MovieLensFormat,
  onIssue: OnIssue,
): Promise<ParsedTag[]> {
  const { tags } = MOVIELENS_LAYOUTS[format];
  if (!tags) return [];
  const file = path.join(dir, tags.name);
  if (!(await fileExists(file))) return [];
  const seen = new Set<string>();
  const unique: ParsedTag[] = [];
  for await (const rows of readRows(file, tags.dialect, TAG_ROW, onIssue)) {
    for (const tag of rows) {
      // Movie ids are digits, so a space cannot make two different pairs share a key.
      const key = `${tag.movieId} ${tag.tag}`;
      if (seen.has(key)) continue;
      seen.add(key);
      unique.push(tag);
    }
  }
  return unique;
}
