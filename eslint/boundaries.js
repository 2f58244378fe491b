import { builtinModules } from 'node:module';
import { dependencyClasses } from './dependencyClasses.js';

/**
 * Runtime boundaries (architecture.md §3) as one `no-restricted-imports` config per folder. Flat config replaces
 * a rule's options wholesale, so each folder gets its complete list here rather than layered overrides.
 */

const CLASSIFY_HINT = 'Classify new packages in eslint/dependencyClasses.js.';
const builtins = builtinModules.filter((m) => !m.startsWith('_'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches a bare specifier (a package, not a relative path) that is none of `names` nor their subpaths. */
function bareExcept(names) {
  const alternatives = names.map(escape).join('|');
  return `^(?![./])(?!node:)(?!(?:${alternatives})(?:/|$)).+`;
}

/**
 * @param {object} o
 * @param {string} o.layer           folder name used in messages
 * @param {string[]} o.classes       dependency classes this folder may import
 * @param {boolean} o.nodeBuiltins   whether `node:*` / `fs` / … are allowed
 * @param {{ regex: string, message: string }[]} o.relative  forbidden relative paths
 */
function restrict({ layer, classes, nodeBuiltins, relative }) {
  const allowed = classes.flatMap((c) => dependencyClasses[c]);
  const paths = [];
  const patterns = [];
  if (!nodeBuiltins) {
    const message = `${layer} must not use Node built-ins (no node:*, fs, path, child_process, …).`;
    for (const name of builtins) paths.push({ name, message });
    patterns.push({ regex: '^node:', message });
  }
  if (!classes.includes('electron')) {
    paths.push({ name: 'electron', message: `${layer} must not import electron: only electron/main and electron/preload do.` });
  }
  // Everything else that is not an allowed class: wrong-class packages and unclassified ones alike.
  const skip = [...allowed, 'electron', ...builtins];
  patterns.push({
    regex: bareExcept(skip),
    message: `${layer} may import only ${classes.join(' / ')} packages. ${CLASSIFY_HINT}`,
  });
  patterns.push(...relative);
  return ['error', { paths, patterns }];
}

const seg = (names) => `(?:^|/)(?:${names.join('|')})(?:/|$)`;
const relativeInto = (names, message) => ({ regex: `^\\.{1,2}/(?:.*/)?(?:${names.join('|')})(?:/|$)`, message });

/** Per-folder rules: exported so the boundary tests and READMEs can name them. */
export const layers = [
  {
    files: ['electron/shared/**'],
    layer: 'electron/shared (std)',
    classes: ['std'],
    nodeBuiltins: false,
    relative: [relativeInto(['core', 'main', 'preload', 'workers', 'cli', 'renderer', 'native'],
      'electron/shared imports only its own folders (no ../core, ../main, renderer, …).')],
  },
  {
    files: ['electron/core/**', 'electron/workers/**', 'electron/cli/**'],
    layer: 'electron/core, workers and cli (plain Node)',
    classes: ['std', 'node'],
    nodeBuiltins: true,
    relative: [relativeInto(['main', 'preload', 'renderer'],
      'Plain-Node code must not import electron/main, electron/preload or renderer/.')],
  },
  {
    files: ['electron/main/**'],
    layer: 'electron/main',
    classes: ['std', 'node', 'electron'],
    nodeBuiltins: true,
    relative: [relativeInto(['renderer', 'preload'], 'electron/main must not import renderer/ or the preload.')],
  },
  {
    files: ['electron/preload/**'],
    layer: 'electron/preload',
    classes: ['electron'],
    nodeBuiltins: false,
    relative: [{ regex: '^(?:\\.\\./)+(?!\\.\\./|shared(?:/|$))', message: 'electron/preload may import only electron and electron/shared/**.' }],
  },
  {
    files: ['renderer/**'],
    layer: 'renderer',
    classes: ['std', 'dom'],
    nodeBuiltins: false,
    relative: [
      { regex: `^\\.{1,2}/.*${seg(['electron/core', 'electron/main', 'electron/preload', 'electron/workers', 'electron/cli'])}`,
        message: 'renderer may import electron/shared/** only: reach the core through window.station (bridge.ts).' },
      relativeInto(['native'], 'renderer must not import native addons.'),
    ],
  },
  {
    files: ['native/**'],
    layer: 'native',
    classes: ['std', 'node'],
    nodeBuiltins: true,
    relative: [relativeInto(['main', 'preload', 'renderer', 'core'], 'native addons import only electron/shared.')],
  },
];

/** `import('electron')` and `require('electron')` escape no-restricted-imports; catch them too. */
function dynamicElectron(layer, extra) {
  const message = `${layer} must not load electron, not even lazily.`;
  return ['error', ...extra,
    { selector: "ImportExpression[source.value='electron']", message },
    { selector: "CallExpression[callee.name='require'][arguments.0.value='electron']", message }];
}

/**
 * The flat-config objects, one per folder. `baseSyntax` are the repository-wide `no-restricted-syntax` entries,
 * repeated here because a later config replaces the rule's options.
 */
export function boundaryConfigs(baseSyntax = []) {
  return layers.map(({ files, ...rest }) => ({
    name: `station/boundaries:${files[0]}`,
    files,
    rules: {
      'no-restricted-imports': restrict(rest),
      ...(rest.classes.includes('electron') ? {} : { 'no-restricted-syntax': dynamicElectron(rest.layer, baseSyntax) }),
    },
  }));
}
