// The web app's entries: each is a page of its own (its own Vite input and bundle) that owns every
// path under its prefix. The history fallback answers a browser's deep link under a prefix with
// that entry's page; everything else falls back to the office app at `/`.

export interface WebEntry {
  /** Path prefix the entry owns, with the trailing slash: `/personal/`. */
  readonly prefix: string;
  /** The entry's page, relative to the built app's folder. */
  readonly page: string;
}

export const WEB_ENTRIES: readonly WebEntry[] = [
  { prefix: '/personal/', page: 'personal/index.html' },
  { prefix: '/mina-sidor/', page: 'mina-sidor/index.html' },
  { prefix: '/', page: 'index.html' },
];

/** The entry whose prefix is the longest one the path starts with. */
export function entryFor(path: string, entries: readonly WebEntry[] = WEB_ENTRIES): WebEntry | undefined {
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  return [...entries]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((e) => withSlash.startsWith(e.prefix));
}
