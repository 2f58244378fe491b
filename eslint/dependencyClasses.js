/**
 * Every third-party package the station depends on, sorted by where it may run (architecture.md §3).
 * A new dependency forces a decision: `scripts/check-deps.mjs` (part of `npm run lint`) fails while a package in
 * package.json is missing here, and the import rules in `eslint/boundaries.js` reject unclassified imports.
 *
 * - std:      pure ECMAScript, no Node, no DOM: usable everywhere, including electron/shared.
 * - node:     needs Node (built-ins, native code, file system): electron/core, workers, cli, main.
 * - dom:      needs a browser/React: renderer only.
 * - electron: the Electron API: electron/main and electron/preload only.
 * - tool:     build, lint and test tooling: scripts/, tests/ and root config files only; never shipped.
 * - types:    type-only packages (@types/*): never imported directly.
 */
export const dependencyClasses = {
  std: ['zod', 'fast-xml-parser'],
  node: ['better-sqlite3', 'sharp', 'pdf-lib', 'commander', 'multicast-dns', 'tesseract.js', '@tesseract.js-data/vie', 'zxing-wasm'],
  dom: ['react', 'react-dom', '@tanstack/react-virtual'],
  electron: ['electron'],
  tool: [
    '@eslint/js',
    '@vitejs/plugin-react',
    'electron-builder',
    'dns-packet',
    'esbuild',
    'eslint',
    'eslint-plugin-react-hooks',
    'globals',
    'node-addon-api',
    'node-gyp',
    'playwright-core',
    'tsx',
    'typescript',
    'typescript-eslint',
    'vite',
    'vitest',
  ],
  types: ['@types/better-sqlite3', '@types/dns-packet', '@types/multicast-dns', '@types/node', '@types/react', '@types/react-dom'],
};

/**
 * Node packages with native code (.node binaries): kept out of every esbuild bundle and `asarUnpack`ed when
 * packaging. Each must also be listed under `node` above.
 */
export const nativePackages = ['better-sqlite3', 'sharp'];

/** The class names, for error messages and checks. */
export const classNames = Object.keys(dependencyClasses);
