/**
 * The reader's own wellbeing area, remembered in this browser so every service page opens on it.
 * Only an id the page knows is accepted; storage that fails (private mode, blocked) is ignored.
 */

/** The localStorage key. */
export const READER_AREA_KEY = 'palvelukyla.alue';

/** The stored area if it is one of `known`, else undefined. */
export function parseReaderArea(stored: string | null | undefined, known: readonly string[]): string | undefined {
  if (stored === null || stored === undefined) return undefined;
  const value = stored.trim();
  return known.includes(value) ? value : undefined;
}

/** Reads the remembered area (undefined when none, unknown or storage is unavailable). */
export function readReaderArea(storage: Pick<Storage, 'getItem'> | undefined, known: readonly string[]): string | undefined {
  try {
    return parseReaderArea(storage?.getItem(READER_AREA_KEY), known);
  } catch {
    return undefined;
  }
}

/** Remembers the area ('' forgets it); a storage that fails is ignored. */
export function writeReaderArea(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, area: string): void {
  try {
    if (area === '') storage?.removeItem(READER_AREA_KEY);
    else storage?.setItem(READER_AREA_KEY, area);
  } catch {
    // Nothing to do: the choice simply is not remembered.
  }
}

/** The day a page is printed, the Finnish way ("7.12.2026"), for the address line of the printout. */
export function printDate(now: Date): string {
  return `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`;
}
