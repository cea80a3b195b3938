import {
  MAX_PROVIDER_NAME,
  MAX_PROVIDERS,
  normalizeProvider,
  normalizeRegion,
} from '../../availability/provider-names';
import { badInput, clip } from '../../errors';
import { AvailabilityRepository } from '../../graph/availability-repository';
import { unknownNames } from '../common/filter-checks';

export function checkRegion(argumentPath: string, region: string): string {
  const code = normalizeRegion(region);
  if (code === null) {
    throw badInput(
      argumentPath,
      `"${clip(region)}" is not a two-letter country code (ISO 3166-1 alpha-2, e.g. "US", "GB")`,
    );
  }
  return code;
}

/** At most MAX_PROVIDERS names of services in the graph, tidied and each once. */
export async function checkProviders(
  argumentPath: string,
  names: readonly string[],
  availability: AvailabilityRepository,
): Promise<string[]> {
  if (names.length > MAX_PROVIDERS) {
    throw badInput(argumentPath, `at most ${MAX_PROVIDERS} services, got ${names.length}`);
  }
  const tidied = names.map((name) => normalizeProvider(name));
  const invalid = names.filter((_, index) => tidied[index] === null);
  if (invalid.length > 0) {
    throw badInput(
      argumentPath,
      `"${clip(invalid[0])}" is not a service name (1 to ${MAX_PROVIDER_NAME} characters)`,
    );
  }
  const wanted = [...new Set(tidied as string[])];
  const known = await availability.knownProviders(wanted);
  const unknown = wanted.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const offered = (await availability.providers()).map((provider) => provider.name);
    throw unknownNames(
      argumentPath,
      'service',
      unknown,
      `services in this catalogue: ${offered.join(', ') || 'none (no availability file loaded)'}`,
    );
  }
  return wanted;
}
