import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput, clip } from '../../errors';
import { Page, PageRequest } from '../../graph/records';

export const MAX_PAGE_SIZE = 100;

const CURSOR_PREFIX = 'offset:';

/**
 * A cursor is the item's offset and, where a list can seek to it (keyset paging), the item's id:
 * `offset:41` or `offset:41:<id>`, base64url-encoded.
 */
export const encodeCursor = (offset: number, key?: string): string =>
  Buffer.from(`${CURSOR_PREFIX}${offset}${key === undefined ? '' : `:${key}`}`).toString(
    'base64url',
  );

// Offsets past any real catalogue; larger numbers only come from forged cursors.
const MAX_OFFSET = 1_000_000_000;
const MAX_CURSOR_LENGTH = 256;

function decodeCursor(cursor: string, argumentPath: string): { offset: number; key?: string } {
  const text =
    cursor.length <= MAX_CURSOR_LENGTH ? Buffer.from(cursor, 'base64url').toString() : '';
  const [offsetText, ...keyParts] = text.slice(CURSOR_PREFIX.length).split(':');
  const offset = Number(offsetText);
  const key = keyParts.length > 0 ? keyParts.join(':') : undefined;
  if (
    !text.startsWith(CURSOR_PREFIX) ||
    offsetText === '' ||
    !Number.isInteger(offset) ||
    offset < 0 ||
    offset > MAX_OFFSET ||
    key === ''
  ) {
    throw badInput(
      argumentPath,
      `"${clip(cursor)}" is not a cursor from this API; pass an endCursor or edge cursor from an earlier page`,
    );
  }
  return { offset, key };
}

/** A count argument such as `first` or `rows`: a whole number from 1 to `max`. */
export function checkCount(value: number, argumentPath: string, max = MAX_PAGE_SIZE): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badInput(argumentPath, `must be between 1 and ${max}, got ${value}`);
  }
}

/**
 * Checks `first` (1 to 100) and `after` and turns them into an offset window, with the id of the
 * item the page follows when the cursor carries one.
 */
export function pageRequest(
  first: number,
  after: string | undefined | null,
  path = '',
): PageRequest {
  const prefix = path === '' ? '' : `${path}.`;
  checkCount(first, `${prefix}first`);
  if (after == null) return { offset: 0, limit: first };
  const { offset, key } = decodeCursor(after, `${prefix}after`);
  return key === undefined
    ? { offset: offset + 1, limit: first }
    : { offset: offset + 1, limit: first, afterKey: key };
}

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) for the given node type. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionType;
}

/** `keyOf` puts each item's key in its cursor, for lists that page by key (see PageRequest). */
export function toConnection<T>(
  page: Page<T>,
  request: PageRequest,
  keyOf?: (node: T) => string,
): ConnectionShape<T> {
  const edges = page.items.map((node, index) => ({
    cursor: encodeCursor(request.offset + index, keyOf?.(node)),
    node,
  }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: request.offset + edges.length < page.total,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
