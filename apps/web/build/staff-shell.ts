import type { Plugin } from 'vite';

// Which built files make up the staff app's shell: its page, the chunks its entry reaches and
// their CSS. The service worker precaches exactly these (and the manifest and icons), not the
// office app's far larger bundle, which shares the same build and /assets/ folder.

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}
type Output = ChunkLike | { type: 'asset'; fileName: string };

export interface StaffShell {
  plugin: Plugin;
  /** Whether a built file (its path in the output folder, with or without a leading slash) belongs to the staff shell. */
  includes: (url: string) => boolean;
}

export function staffShell(entryHtml: string): StaffShell {
  const files = new Set<string>();
  const plugin: Plugin = {
    name: 'hemma-staff-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      const all = bundle as unknown as Record<string, Output>;
      const visit = (name: string) => {
        const out = all[name];
        if (!out || files.has(name)) return;
        files.add(name);
        if (out.type !== 'chunk') return;
        for (const css of out.viteMetadata?.importedCss ?? []) files.add(css);
        for (const asset of out.viteMetadata?.importedAssets ?? []) files.add(asset);
        out.imports.forEach(visit);
      };
      for (const out of Object.values(all)) {
        if (out.type === 'chunk' && out.isEntry && out.facadeModuleId?.endsWith(entryHtml)) visit(out.fileName);
      }
    },
  };
  return {
    plugin,
    includes: (url) => {
      const file = url.replace(/^\//, '');
      return files.has(file) || file.startsWith('personal/');
    },
  };
}
