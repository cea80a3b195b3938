import { KeyboardEvent, useRef } from 'react';
import { STAR_STEPS, starsLabel } from '../lib/stars';
import { RatingControl } from '../lib/use-rating';

/**
 * Half-star rating as a radio group: each half star is a radio named "Rate 3½ stars"; arrow keys
 * move between them, and there is one tab stop for the group.
 */
export function Stars({ control, label }: { control: RatingControl; label: string }) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const { value } = control;
  const focusable = value ?? STAR_STEPS[0];

  const onKeyDown = (event: KeyboardEvent, step: number) => {
    const delta = { ArrowRight: 0.5, ArrowUp: 0.5, ArrowLeft: -0.5, ArrowDown: -0.5 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const next = Math.min(5, Math.max(0.5, step + delta));
    control.rate(next);
    buttons.current[next * 2 - 1]?.focus();
  };

  return (
    <div className="rating">
      <div className="stars" role="radiogroup" aria-label={label}>
        {STAR_STEPS.map((step, n) => (
          <button
            key={step}
            ref={(element) => {
              buttons.current[n] = element;
            }}
            type="button"
            role="radio"
            aria-checked={value === step}
            aria-label={`Rate ${starsLabel(step)}`}
            tabIndex={step === focusable ? 0 : -1}
            className={`half ${n % 2 === 0 ? 'left' : 'right'} ${value !== null && step <= value ? 'lit' : ''}`}
            onClick={() => control.rate(step)}
            onKeyDown={(event) => onKeyDown(event, step)}
          />
        ))}
      </div>
      <span className="rating-state" aria-live="polite">
        {control.error ??
          (control.saving
            ? 'Saving…'
            : value === null
              ? 'Not rated'
              : `You rated ${starsLabel(value)}`)}
      </span>
      {control.previous !== undefined && !control.saving && (
        <button type="button" className="link-button" onClick={control.undo}>
          Undo
        </button>
      )}
      {value !== null && (
        <button type="button" className="link-button" onClick={() => control.rate(null)}>
          Clear
        </button>
      )}
    </div>
  );
}
