/**
 * A part of the services loaded the first time it is needed, not at start: the services start with
 * what the windows need at once, and e.g. the export's privacy check (its name and place lists
 * alone take ~20 ms to load) comes in on the first export. Loaded once; a load that failed is
 * tried again next time.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
