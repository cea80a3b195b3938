import { Link } from 'wouter';
import { Services } from '../api/operations';
import { regionName } from '../lib/regions';

/** The "Only what I can watch" switch, or a way to choose services first. */
export function WatchFilter({
  services,
  only,
  onChange,
}: {
  services: Services;
  only: boolean;
  onChange: (only: boolean) => void;
}) {
  if (services.providers.length === 0) {
    return (
      <p className="watch-filter">
        <Link href="/services">Choose your streaming services</Link> to see only what you can watch.
      </p>
    );
  }
  return (
    <div className="watch-filter">
      <label className="check">
        <input
          type="checkbox"
          role="switch"
          checked={only}
          onChange={(event) => onChange(event.target.checked)}
        />
        Only what I can watch
      </label>
      <span className="hint">
        on {services.providers.join(', ')}
        {services.region !== null && ` in ${regionName(services.region)}`} ·{' '}
        <Link href="/services">Change</Link>
      </span>
    </div>
  );
}
