import { dirname, relative, resolve, sep } from 'node:path';

/**
 * `layers/allowed-imports`: which folders of src/ a file may import from, by the folder it lives in
 * (an allow-list, like bulletproof-react's `import/no-restricted-paths` zones, without a plugin).
 *
 * Options: `{ root, layers: { [folder]: folders[] } }`. A folder is a path under `root` such as
 * `src/store`; `*` stands for any one folder name, and the same `*` in an allowed folder means
 * "the same name" (`'src/features/*': ['src/features/*']` lets a feature import itself only).
 * Only relative imports are checked (the project has no path aliases); packages are
 * `no-restricted-imports`' job. An import into src/ from a file whose folder has no entry is allowed.
 */

/** The value `*` stood for when `path` is in `pattern`'s folder, or null when it is not. */
function matchFolder(pattern, path) {
  const want = pattern.split('/');
  const have = path.split('/');
  if (have.length < want.length) return null;
  let star = '';
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*') star = have[i];
    else if (want[i] !== have[i]) return null;
  }
  return star;
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder of src/ to the folders it may depend on.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{from}} may not import {{to}}: it may import only from {{allowed}}.',
    },
  },
  create(context) {
    const { root, layers } = context.options[0];
    const file = relative(root, context.filename).split(sep).join('/');
    // The most specific entry wins (src/features/* over src/features, were both given).
    const entry = Object.entries(layers)
      .map(([folder, allowed]) => ({ folder, allowed, star: matchFolder(folder, file) }))
      .filter((candidate) => candidate.star !== null)
      .sort((a, b) => b.folder.split('/').length - a.folder.split('/').length)[0];
    if (!entry) return {};
    const fromFolder = entry.folder.replace('*', entry.star);
    const allowed = entry.allowed.map((folder) => folder.replace('*', entry.star));

    function check(node) {
      const source = node?.source;
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), source.value))
        .split(sep)
        .join('/');
      if (!target.startsWith('src/')) return;
      if (allowed.some((folder) => matchFolder(folder, target) !== null)) return;
      const top = target.split('/').slice(0, target.startsWith('src/features/') ? 3 : 2);
      context.report({
        node: source,
        messageId: 'forbidden',
        data: { from: fromFolder, to: top.join('/'), allowed: allowed.join(', ') },
      });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };
