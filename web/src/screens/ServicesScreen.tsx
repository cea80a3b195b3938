import { FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { request } from '../api/client';
import { Provider, PROVIDERS, Services, SET_MY_SERVICES } from '../api/operations';
import { Status } from '../components/Status';
import { regionName, regionsOf } from '../lib/regions';
import { useSession } from '../lib/session';
import { useOperation } from '../lib/use-operation';
import { useTitle } from '../lib/use-title';
import { saveWatchPreference } from '../lib/watch-preference';

function ServicesForm({ providers, saved }: { providers: Provider[]; saved: Services }) {
  const { refresh } = useSession();
  const regions = regionsOf(providers);
  const [region, setRegion] = useState(saved.region ?? regions[0] ?? '');
  const [chosen, setChosen] = useState(new Set(saved.providers));
  const [state, setState] = useState<'editing' | 'saving' | 'saved'>('editing');
  const [error, setError] = useState<string | null>(null);
  const offered = providers.filter((provider) => provider.regions.includes(region));

  const toggle = (name: string, on: boolean) => {
    setState('editing');
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState('saving');
    setError(null);
    try {
      const names = offered.map((provider) => provider.name).filter((name) => chosen.has(name));
      await request(SET_MY_SERVICES, { providers: names, region });
      await refresh();
      setState('saved');
    } catch (failure) {
      setError(`Could not save your services: ${(failure as Error).message}`);
      setState('editing');
    }
  };

  return (
    <form className="services-form" onSubmit={save}>
      <label>
        Where you watch
        <select
          value={region}
          onChange={(event) => {
            setRegion(event.target.value);
            setState('editing');
          }}
        >
          {regions.map((code) => (
            <option key={code} value={code}>
              {regionName(code)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Services you have in {regionName(region)}</legend>
        {offered.map((provider) => (
          <label key={provider.name} className="check">
            <input
              type="checkbox"
              checked={chosen.has(provider.name)}
              onChange={(event) => toggle(provider.name, event.target.checked)}
            />
            {provider.name}
          </label>
        ))}
      </fieldset>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state === 'saving'}>
          {state === 'saving' ? 'Saving…' : 'Save my services'}
        </button>
        <p aria-live="polite" className="saved-note">
          {state === 'saved' && (
            <>
              Saved.{' '}
              <Link href="/" onClick={() => saveWatchPreference(true)}>
                See what you can watch
              </Link>
            </>
          )}
        </p>
      </div>
    </form>
  );
}

/** /services: the streaming services someone has, so recommendations can keep to them. */
export function ServicesScreen() {
  useTitle('Your services');
  const { viewer } = useSession();
  const [providers, reload] = useOperation(PROVIDERS, {}, 'providers');
  return (
    <section>
      <h1>Your streaming services</h1>
      <p className="hint">
        Pick the services you have and “Only what I can watch” on your recommendations keeps to
        films on them.
      </p>
      <Status
        loaded={providers}
        what="the services"
        retry={reload}
        isEmpty={(data) => data.providers.length === 0}
        empty={<p>This catalogue has no streaming data loaded yet.</p>}
      >
        {(data) => <ServicesForm providers={data.providers} saved={viewer!.services} />}
      </Status>
    </section>
  );
}
