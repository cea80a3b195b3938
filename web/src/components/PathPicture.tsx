import { Link } from 'wouter';
import { PathStep } from '../api/operations';

/** Read before each node's name, so the kind is clear without colour. */
const KINDS: Record<PathStep['node']['kind'], string | null> = {
  YOU: null,
  MOVIE: 'film',
  PERSON: 'person',
  GENRE: 'genre',
  KEYWORD: 'keyword',
  USERS: 'viewers',
};

const href = ({ kind, id }: PathStep['node']) =>
  id === null
    ? null
    : kind === 'MOVIE'
      ? `/movie/${id}`
      : kind === 'PERSON'
        ? `/person/${id}`
        : null;

/** The path behind a reason (the API's `Reason.path`) as a chain of nodes with the relation on each arrow. */
export function PathPicture({ path }: { path: PathStep[] }) {
  return (
    <ol className="path">
      {path.map((step, n) => {
        const target = href(step.node);
        return (
          <li key={n} className="path-step">
            {step.via !== null && (
              <span className="path-via">
                {step.via}
                <span aria-hidden="true"> →</span>
              </span>
            )}
            <span className={`path-node kind-${step.node.kind.toLowerCase()}`}>
              {KINDS[step.node.kind] !== null && (
                <span className="path-kind">{KINDS[step.node.kind]} </span>
              )}
              {target === null ? step.node.label : <Link href={target}>{step.node.label}</Link>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
