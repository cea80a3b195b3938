const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** "US" → "United States", in English; the code itself where the browser has no name for it. */
export function regionName(code: string): string {
  try {
    return REGION_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every region any of the providers carries films in, by name. */
export function regionsOf(providers: readonly { regions: readonly string[] }[]): string[] {
  return [...new Set(providers.flatMap((provider) => provider.regions))].sort((a, b) =>
    regionName(a).localeCompare(regionName(b)),
  );
}
