/** Limits shared by the availability loader and the API, so a loaded name is always one a client may send. */
export const MAX_PROVIDER_NAME = 60;
/** A user picks a handful of services; a filter names as many. */
export const MAX_PROVIDERS = 20;

const REGION = /^[A-Za-z]{2}$/;

/** An ISO 3166-1 alpha-2 code ("us" → "US"), or null when `text` is not two letters. */
export function normalizeRegion(text: string): string | null {
  const trimmed = text.trim();
  return REGION.test(trimmed) ? trimmed.toUpperCase() : null;
}

/** A provider name as stored: trimmed, inner spaces collapsed; null when empty or too long. */
export function normalizeProvider(text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ');
  return name === '' || Array.from(name).length > MAX_PROVIDER_NAME ? null : name;
}
