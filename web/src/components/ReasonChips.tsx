import { useEffect, useRef, useState } from 'react';
import { MovieRef, Reason } from '../api/operations';
import { Audience, reasonChip } from '../lib/reasons';
import { PathPicture } from './PathPicture';

/** A card's reasons as chips; each opens a small dialog with the path behind it. */
export function ReasonChips({
  reasons,
  movie,
  audience,
}: {
  reasons: Reason[];
  movie: MovieRef;
  audience: Audience;
}) {
  const [open, setOpen] = useState<Reason | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open !== null && dialog.current?.open === false) dialog.current.showModal();
  }, [open]);

  return (
    <>
      <ul className="chips" aria-label="Why">
        {reasons.slice(0, 3).map((reason, n) => (
          <li key={n}>
            <button
              type="button"
              className="chip"
              title={reason.text}
              aria-label={`${reasonChip(reason, audience)}: show why`}
              onClick={() => setOpen(reason)}
            >
              {reasonChip(reason, audience)}
            </button>
          </li>
        ))}
      </ul>
      {open !== null && (
        <dialog
          ref={dialog}
          className="path-dialog"
          aria-labelledby={`why-${movie.id}`}
          onClose={() => setOpen(null)}
        >
          <h2 id={`why-${movie.id}`}>Why {movie.displayTitle}</h2>
          <p>{open.text}</p>
          <PathPicture path={open.path} />
          <form method="dialog">
            <button type="submit" autoFocus>
              Close
            </button>
          </form>
        </dialog>
      )}
    </>
  );
}
