// Builds the docs: typedoc's API reference into docs/api (as `typedoc` alone did, with the same exit codes), then
// Markdown references into docs/reference, generated from what the code says so they cannot drift from it:
//
//   element.md     custom-elements.json (written by `npm run build` from the JSDoc tags on each element)
//   config.md      the config types (typedoc's model), CONFIG_LIMITS and the problem codes
//   events.md      the event classes and their detail types (typedoc's model; bubbles/composed read from instances)
//   lint-rules.md  LINT_RULES
//
// Values (CONFIG_LIMITS, LINT_RULES, event flags) are read by importing src through tsx, so the references never
// depend on a stale dist/. Offline and deterministic: same sources, same bytes.
//
// Usage: node scripts/build-docs.mjs [typedoc options]
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as td from 'typedoc';
import { tsImport } from 'tsx/esm/api';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'reference');
const SELF = 'scripts/build-docs.mjs';

// typedoc's exit codes (typedoc/dist/cli.js), so `npm run docs` fails exactly when `typedoc` did.
const EXIT = { ok: 0, options: 1, compile: 3, validation: 4, output: 5 };

// typedoc reflection kinds used here (td.ReflectionKind).
const KIND = {
  variable: td.ReflectionKind.Variable,
  class: td.ReflectionKind.Class,
  interface: td.ReflectionKind.Interface,
  property: td.ReflectionKind.Property,
  method: td.ReflectionKind.Method,
  typeAlias: td.ReflectionKind.TypeAlias,
};

/** Unions of string literals up to this size are written out where they are used. */
const INLINE_UNION_MAX = 8;

// ---------------------------------------------------------------------------------------------------------------
// typedoc
// ---------------------------------------------------------------------------------------------------------------

/**
 * Runs typedoc with typedoc.json (and any typedoc options on the command line), as its CLI does; returns the
 * project as typedoc's JSON, or the exit code typedoc would have given.
 */
async function runTypedoc() {
  // The readers typedoc's CLI uses, so options after `npm run docs --` still reach typedoc.
  const app = await td.Application.bootstrapWithPlugins({}, [
    new td.ArgumentsReader(0),
    new td.TypeDocReader(),
    new td.PackageJsonReader(),
    new td.TSConfigReader(),
    new td.ArgumentsReader(300).ignoreErrors(),
  ]);
  const strict = app.options.getValue('treatWarningsAsErrors');
  if (app.logger.hasErrors() || (strict && app.logger.hasWarnings())) return { code: EXIT.options };
  const project = await app.convert();
  if (!project || (strict && app.logger.hasWarnings())) return { code: EXIT.compile };
  const warningsBefore = app.logger.warningCount;
  app.validate(project);
  const validationWarnings = app.logger.warningCount !== warningsBefore || app.logger.validationWarningCount !== 0;
  if (app.logger.hasErrors()) return { code: EXIT.validation };
  if (validationWarnings && (strict || app.options.getValue('treatValidationWarningsAsErrors'))) {
    return { code: EXIT.validation };
  }
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || (strict && app.logger.hasWarnings())) return { code: EXIT.output };
  return { code: EXIT.ok, json: app.serializer.projectToObject(project, ROOT) };
}

/** Indexes typedoc's JSON: every reflection by id, and exported declarations by name. */
function indexProject(json) {
  const byId = new Map();
  const byName = new Map();
  const walk = (reflection) => {
    byId.set(reflection.id, reflection);
    for (const child of reflection.children ?? []) walk(child);
  };
  walk(json);
  for (const module of json.children ?? []) {
    for (const child of module.children ?? []) {
      // Modules re-export one another; keep the declaration, not the reference to it.
      if (child.variant === 'declaration' && !byName.has(child.name)) byName.set(child.name, child);
    }
  }
  return { byId, byName };
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown helpers
// ---------------------------------------------------------------------------------------------------------------

/** GitHub's heading anchor. */
function slug(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** A code span that survives backticks in its text. */
function code(text) {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text for a table cell: one line, pipes escaped. */
function cell(text) {
  const flat = String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return flat === '' ? '—' : flat.replace(/\|/g, '\\|');
}

function table(headers, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Groups digits in threes, independent of the machine's locale. */
function formatNumber(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function header(sources) {
  return [
    `<!-- Generated by ${SELF} — do not edit. Run \`npm run docs\` to regenerate. -->`,
    '',
    `> Generated by \`${SELF}\` from ${sources} — do not edit; run \`npm run docs\`.`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering typedoc comments and types
// ---------------------------------------------------------------------------------------------------------------

/**
 * Renders typedoc's JSON for one module of the docs. `anchors` maps declaration ids to links (`#slug` within the
 * same file, `file.md#slug` across files); types without an anchor are written out or named.
 */
function createRenderer(project, anchors, file) {
  const { byId } = project;

  const linkTo = (id) => {
    const anchor = anchors.get(id);
    if (!anchor) return undefined;
    return anchor.file === file ? `#${anchor.slug}` : `${anchor.file}#${anchor.slug}`;
  };

  /** A comment's summary (or a `@…` block) as Markdown. */
  function comment(parts) {
    return (parts ?? [])
      .map((part) => {
        if (part.kind === 'inline-tag') {
          const href = typeof part.target === 'number' ? linkTo(part.target) : undefined;
          return href ? `[${code(part.text)}](${href})` : code(part.text);
        }
        return part.text;
      })
      .join('');
  }

  function summary(reflection) {
    const own = reflection?.comment ?? reflection?.signatures?.[0]?.comment;
    return comment(own?.summary);
  }

  function blockTag(reflection, tag) {
    const block = reflection?.comment?.blockTags?.find((b) => b.tag === tag);
    return block ? comment(block.content) : '';
  }

  const isLiteralUnion = (type) =>
    type?.type === 'union' && type.types.every((t) => t.type === 'literal' && typeof t.value === 'string');

  /** The underlying type of an alias, with `(typeof TUPLE)[number]` resolved to a union of its literals. */
  function resolveAlias(decl) {
    const type = decl.type;
    if (type?.type === 'indexedAccess' && type.objectType?.type === 'query') {
      const variable = byId.get(type.objectType.queryType?.target);
      let tuple = variable?.type;
      if (tuple?.type === 'typeOperator') tuple = tuple.target;
      if (tuple?.type === 'tuple') return { type: 'union', types: tuple.elements };
    }
    return type;
  }

  const expanding = new Set();

  /** An alias's type with its type parameters replaced by the arguments given (`MaybePromise<string>`). */
  function instantiate(type, parameters, args) {
    if (!parameters?.length) return type;
    const byParameter = new Map(
      parameters.map((param, i) => [param.id, args[i] ?? { type: 'intrinsic', name: 'unknown' }]),
    );
    const walk = (t) => {
      if (!t || typeof t !== 'object') return t;
      if (Array.isArray(t)) return t.map(walk);
      if (t.type === 'reference' && t.refersToTypeParameter && byParameter.has(t.target))
        return byParameter.get(t.target);
      return Object.fromEntries(Object.entries(t).map(([key, value]) => [key, walk(value)]));
    };
    return walk(type);
  }

  /** A structural key for a type, to recognise a named alias that typedoc wrote out in full. */
  function canonical(type) {
    const resolving = new Set();
    const walk = (t) => {
      if (!t || typeof t !== 'object') return t;
      if (Array.isArray(t)) return t.map(walk);
      if (t.type === 'reference' && typeof t.target === 'number') {
        const decl = byId.get(t.target);
        // A recursive alias (a JSON value type) stays a name the second time round.
        if (decl?.kind === KIND.typeAlias && !resolving.has(decl.id)) {
          resolving.add(decl.id);
          const resolved = walk(resolveAlias(decl));
          resolving.delete(decl.id);
          return resolved;
        }
      }
      if (t.type === 'reference' && t.target?.qualifiedName === 'Readonly') return walk(t.typeArguments?.[0]);
      if (t.type === 'typeOperator' && t.operator === 'readonly') return walk(t.target);
      if (t.type === 'indexedAccess') {
        const resolved = resolveAlias({ type: t });
        if (resolved !== t) return walk(resolved);
      }
      const out = {};
      for (const [key, value] of Object.entries(t)) {
        if (key === 'elementSummaries') continue;
        if (t.type === 'reference' && (key === 'name' || key === 'package')) continue; // the target says it
        out[key] = walk(value);
      }
      if (out.type === 'union')
        out.types = [...out.types].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      return out;
    };
    return JSON.stringify(walk(type));
  }

  // Anchored aliases that are unions, by structure: typedoc writes `PurposeCategory` out as its 16 literals.
  const aliasesByShape = new Map();
  for (const id of anchors.keys()) {
    const decl = byId.get(id);
    if (decl?.kind !== KIND.typeAlias) continue;
    // A plain `string` alias (LanguageTag) would match every string; anything richer is worth naming.
    const key = canonical(resolveAlias(decl));
    if (!key.startsWith('{"type":"intrinsic"')) aliasesByShape.set(key, id);
  }

  /**
   * A type as Markdown segments: `{ text }` for code, `{ text, href }` for a link. Adjacent code merges into one
   * span. `Readonly<…>` and `readonly` are left out: everything in these references is read-only.
   */
  function segments(type, depth = 0, exclude = undefined) {
    if (!type) return [{ text: 'unknown' }];
    const shapeId = aliasesByShape.get(canonical(type));
    if (shapeId !== undefined && shapeId !== exclude) return [{ text: byId.get(shapeId).name, href: linkTo(shapeId) }];
    const join = (types, separator) =>
      types.flatMap((t, i) => [...(i > 0 ? [{ text: separator }] : []), ...wrap(t, depth + 1)]);
    switch (type.type) {
      case 'intrinsic':
        return [{ text: type.name }];
      case 'literal':
        return [{ text: typeof type.value === 'string' ? `'${type.value}'` : String(type.value) }];
      case 'union':
        return join(type.types, ' | ');
      case 'intersection': {
        // `string & {}` keeps editor suggestions for an open union; to a reader it is `string`.
        const meaningful = type.types.filter(
          (t) => !(t.type === 'reflection' && !t.declaration?.children && !t.declaration?.signatures),
        );
        return meaningful.length === 1 ? segments(meaningful[0], depth + 1) : join(meaningful, ' & ');
      }
      case 'array':
        return [...wrap(type.elementType, depth + 1), { text: '[]' }];
      case 'tuple':
        return [{ text: '[' }, ...join(type.elements ?? [], ', '), { text: ']' }];
      case 'typeOperator':
        return type.operator === 'readonly'
          ? segments(type.target, depth, exclude)
          : [{ text: `${type.operator} ` }, ...wrap(type.target, depth + 1)];
      case 'query':
        return [{ text: 'typeof ' }, ...segments(type.queryType, depth + 1)];
      case 'indexedAccess': {
        const resolved = resolveAlias({ type });
        return resolved === type
          ? [...wrap(type.objectType, depth + 1), { text: '[' }, ...segments(type.indexType, depth + 1), { text: ']' }]
          : segments(resolved, depth);
      }
      case 'reflection':
        return reflectionSegments(type.declaration, depth);
      case 'reference':
        return referenceSegments(type, depth, exclude);
      case 'templateLiteral':
        return [{ text: 'string' }];
      default:
        return [{ text: type.name ?? 'unknown' }];
    }
  }

  /** Parentheses where a union, intersection or function sits inside an array or another union. */
  function wrap(type, depth) {
    const inner = segments(type, depth);
    const needs =
      (type?.type === 'union' || type?.type === 'intersection' || type?.declaration?.signatures) && inner.length > 1;
    return needs ? [{ text: '(' }, ...inner, { text: ')' }] : inner;
  }

  function signatureSegments(signature, depth) {
    const params = (signature.parameters ?? []).flatMap((param, i) => [
      ...(i > 0 ? [{ text: ', ' }] : []),
      { text: `${param.flags?.isRest ? '...' : ''}${param.name}${param.flags?.isOptional ? '?' : ''}: ` },
      ...segments(param.type, depth + 1),
    ]);
    return [{ text: '(' }, ...params, { text: ') => ' }, ...segments(signature.type, depth + 1)];
  }

  function reflectionSegments(declaration, depth) {
    if (!declaration) return [{ text: '{}' }];
    if (declaration.signatures?.length) return signatureSegments(declaration.signatures[0], depth);
    const entries = [
      ...(declaration.indexSignatures ?? []).map((index) => [
        { text: `[${index.parameters?.[0]?.name ?? 'key'}: ` },
        ...segments(index.parameters?.[0]?.type, depth + 1),
        { text: ']: ' },
        ...segments(index.type, depth + 1),
      ]),
      ...(declaration.children ?? [])
        .slice()
        .sort(bySource)
        .map((member) => [
          { text: `${member.name}${member.flags?.isOptional ? '?' : ''}: ` },
          ...segments(member.type, depth + 1),
        ]),
    ];
    if (entries.length === 0) return [{ text: '{}' }];
    return [
      { text: '{ ' },
      ...entries.flatMap((entry, i) => [...(i > 0 ? [{ text: '; ' }] : []), ...entry]),
      { text: ' }' },
    ];
  }

  function referenceSegments(type, depth, exclude) {
    const args = type.typeArguments ?? [];
    if (typeof type.target !== 'number') {
      // A TypeScript library type or one the package does not export.
      if (type.target?.qualifiedName === 'Readonly' && args.length === 1) return segments(args[0], depth, exclude);
      if (args.length === 0) return [{ text: type.name }];
      return [
        { text: `${type.name}<` },
        ...args.flatMap((arg, i) => [...(i > 0 ? [{ text: ', ' }] : []), ...segments(arg, depth + 1)]),
        { text: '>' },
      ];
    }
    const decl = byId.get(type.target);
    const href = linkTo(type.target);
    if (href) return [{ text: type.name, href }];
    if (decl?.kind === KIND.typeAlias && depth < 6 && !expanding.has(decl.id)) {
      // Not documented here: write small literal unions and simple aliases out, so the reader need not look. A
      // recursive alias (`StringTree`) is named the second time round.
      const resolved = instantiate(resolveAlias(decl), decl.typeParameters, args);
      if (!isLiteralUnion(resolved) || resolved.types.length <= INLINE_UNION_MAX) {
        expanding.add(decl.id);
        try {
          return segments(resolved, depth + 1);
        } finally {
          expanding.delete(decl.id);
        }
      }
    }
    return [{ text: type.name }];
  }

  /** A type as Markdown; `exclude` is the alias being documented, so it is written out rather than named. */
  function type(t, exclude = undefined) {
    const merged = [];
    for (const segment of segments(t, 0, exclude)) {
      const last = merged[merged.length - 1];
      if (!segment.href && last && !last.href) last.text += segment.text;
      else merged.push({ ...segment });
    }
    return merged.map((s) => (s.href ? `[${code(s.text)}](${s.href})` : code(s.text))).join('');
  }

  /** Rows of a field table for an interface (or an object type): name, type, required, description. */
  function fieldRows(decl) {
    return (decl.children ?? [])
      .filter((member) => member.kind === KIND.property || member.kind === KIND.method)
      .sort(bySource)
      .map((member) => {
        const signature = member.signatures?.[0];
        const memberType = signature
          ? type({ type: 'reflection', declaration: { signatures: [signature] } })
          : type(member.type);
        const fallback = blockTag(member, '@defaultValue');
        const description = [summary(member), fallback ? `Default: ${fallback}` : ''].filter(Boolean).join(' ');
        return [code(member.name), memberType, member.flags?.isOptional ? 'no' : 'yes', description];
      });
  }

  return { comment, summary, type, fieldRows, resolveAlias, isLiteralUnion, linkTo };
}

/** Source order: how the author arranged the fields, not typedoc's alphabetical order. */
function bySource(a, b) {
  const sa = a.sources?.[0];
  const sb = b.sources?.[0];
  if (!sa || !sb) return a.name < b.name ? -1 : 1;
  if (sa.fileName !== sb.fileName) return sa.fileName < sb.fileName ? -1 : 1;
  return sa.line - sb.line || sa.character - sb.character;
}

/** Project declarations a type refers to (by id), in the order they appear. */
function referencedIds(type, project, out = []) {
  const visit = (t) => {
    if (!t || typeof t !== 'object') return;
    if (Array.isArray(t)) return t.forEach(visit);
    if (t.type === 'reference' && typeof t.target === 'number' && project.byId.has(t.target)) out.push(t.target);
    if (t.type === 'query') return; // `typeof X` names a value, not a type to document
    for (const [key, value] of Object.entries(t)) if (key !== 'sources' && key !== 'comment') visit(value);
  };
  visit(type);
  return out;
}

function sourceFile(decl) {
  return decl.sources?.[0]?.fileName;
}

// ---------------------------------------------------------------------------------------------------------------
// config.md
// ---------------------------------------------------------------------------------------------------------------

function collectConfigTypes(project) {
  const root = project.byName.get('ConsentConfig');
  if (!root) throw new Error('ConsentConfig is not in the typedoc project');
  const interfaces = [];
  const aliases = [];
  const seen = new Set();
  const queue = [root.id];
  // Aliases typedoc may have written out in full (PurposeCategory, ConsentModeConfig): found by shape later, but
  // they must be documented, so add every union alias declared beside the config types.
  for (const decl of project.byName.values()) {
    if (decl.kind === KIND.typeAlias && sourceFile(decl) === sourceFile(root)) queue.push(decl.id);
  }
  while (queue.length > 0) {
    const id = queue.shift();
    if (seen.has(id)) continue;
    seen.add(id);
    const decl = project.byId.get(id);
    if (!decl || sourceFile(decl) !== sourceFile(root)) continue;
    if (decl.kind === KIND.interface) {
      interfaces.push(decl);
      for (const member of (decl.children ?? []).slice().sort(bySource))
        queue.push(...referencedIds(member.type, project));
    } else if (decl.kind === KIND.typeAlias) {
      aliases.push(decl);
      queue.push(...referencedIds(decl.type, project));
    }
  }
  aliases.sort(bySource);
  return { interfaces, aliases };
}

function renderConfig(project, anchors, core) {
  const file = 'config.md';
  const r = createRenderer(project, anchors, file);
  const { interfaces, aliases } = collectConfigTypes(project);
  const out = [
    '# Config reference',
    '',
    header('the config types in `src/core/config/types.ts` and the limits in `src/core/config/validate.ts`'),
    '',
    'What `<consent-prompt>` takes as its `config` property, as inline JSON in a `<script type="application/json">`',
    'child, or from a URL (`src`). `validateConfig()` from `unticked/core` checks it and reports every problem at once,',
    'each with a code from [Problem codes](#problem-codes); keys not listed here are errors.',
    '',
  ];
  for (const decl of interfaces) {
    out.push(
      `## \`${decl.name}\``,
      '',
      r.summary(decl),
      '',
      table(['field', 'type', 'required', 'description'], r.fieldRows(decl)),
      '',
    );
  }
  out.push('## Types', '');
  for (const decl of aliases) {
    const resolved = r.resolveAlias(decl);
    out.push(`### \`${decl.name}\``, '', r.summary(decl), '');
    if (r.isLiteralUnion(resolved) && resolved.types.length > INLINE_UNION_MAX) {
      out.push('One of:', '', ...resolved.types.map((t) => `- ${code(String(t.value))}`), '');
    } else {
      out.push(`Type: ${r.type(resolved, decl.id)}`, '');
    }
  }

  // Limits: values from the running code, explanations from the doc comments.
  const limitsDecl = project.byName.get('CONFIG_LIMITS');
  const limitsType = limitsDecl?.type?.typeArguments?.[0]?.declaration ?? limitsDecl?.type?.declaration;
  const limitDocs = new Map((limitsType?.children ?? []).map((child) => [child.name, child]));
  const limitRows = Object.entries(core.CONFIG_LIMITS).map(([name, value]) => {
    const shown =
      typeof value === 'number' ? formatNumber(value) : `${formatNumber(value.min)} to ${formatNumber(value.max)}`;
    return [code(name), shown, r.summary(limitDocs.get(name))];
  });
  out.push(
    '## Limits',
    '',
    `${r.summary(limitsDecl)} From \`CONFIG_LIMITS\` in \`unticked/core\`.`,
    '',
    table(['limit', 'value', 'what it limits'], limitRows),
    '',
  );

  // Problem codes, each with its own doc comment.
  const codes = project.byName.get('ConfigProblemCode');
  if (codes?.type?.type === 'union') {
    const rows = codes.type.types.map((t, i) => [code(String(t.value)), r.comment(codes.type.elementSummaries?.[i])]);
    out.push(
      '## Problem codes',
      '',
      `${r.summary(codes)} Each problem also has the exact \`path\` and a \`message\`.`,
      '',
      table(['code', 'meaning'], rows),
      '',
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// events.md
// ---------------------------------------------------------------------------------------------------------------

/** Event classes: exported classes with a static `eventName`, ordered as the elements declare them (`@fires`). */
function collectEvents(project, manifest) {
  const fired = elements(manifest).flatMap((el) => (el.events ?? []).filter((e) => e.name).map((e) => e.name));
  const events = [...project.byName.values()]
    .filter((decl) => decl.kind === KIND.class)
    .map((decl) => {
      const eventName = decl.children?.find((c) => c.name === 'eventName' && c.flags?.isStatic)?.type?.value;
      const detailRef = decl.extendedTypes?.find((t) => t.name === 'CustomEvent')?.typeArguments?.[0];
      return eventName && detailRef ? { decl, eventName, detail: project.byId.get(detailRef.target) } : undefined;
    })
    .filter(Boolean);
  const rank = (name) => (fired.includes(name) ? fired.indexOf(name) : fired.length);
  return events.sort((a, b) => rank(a.eventName) - rank(b.eventName) || (a.eventName < b.eventName ? -1 : 1));
}

function renderEvents(project, anchors, manifest, eventModule, nested) {
  const file = 'events.md';
  const r = createRenderer(project, anchors, file);
  const events = collectEvents(project, manifest);
  const firedBy = (name) =>
    elements(manifest)
      .filter((el) => (el.events ?? []).some((e) => e.name === name))
      .map((el) => code(`<${el.tagName}>`))
      .join(', ');
  const flags = events.map(({ decl, eventName }) => {
    const EventClass = eventModule[decl.name];
    const instance = new EventClass({});
    const source = readFileSync(join(ROOT, sourceFile(decl)), 'utf8');
    const typed = new RegExp(`interface HTMLElementEventMap\\s*{[^}]*'${eventName}':\\s*${decl.name};`).test(source);
    return {
      eventName,
      bubbles: instance.bubbles,
      composed: instance.composed,
      cancelable: instance.cancelable,
      typed,
    };
  });
  const yesNo = (value) => (value ? 'yes' : 'no');
  const out = [
    '# Events reference',
    '',
    header('the event classes in `src/events/` and `custom-elements.json`'),
    '',
    'Each event is a `CustomEvent` subclass exported from `unticked`, with its name as the static `eventName`.',
    'Listen on the element or on any ancestor: `prompt.addEventListener(ConsentDecisionEvent.eventName, …)`.',
    '',
    table(
      [
        'event',
        'class',
        'bubbles',
        'composed',
        'cancelable',
        'typed in `HTMLElementEventMap`',
        'declared by (`@fires`)',
      ],
      events.map(({ decl, eventName }, i) => [
        `[${code(eventName)}](#${slug(eventName)})`,
        code(decl.name),
        yesNo(flags[i].bubbles),
        yesNo(flags[i].composed),
        yesNo(flags[i].cancelable),
        yesNo(flags[i].typed),
        firedBy(eventName),
      ]),
    ),
    '',
  ];
  for (const { decl, eventName, detail } of events) {
    const manifestText = elements(manifest)
      .flatMap((el) => (el.events ?? []).filter((e) => e.name === eventName).map((e) => [el.tagName, e.description]))
      .map(([tag, text]) => `On ${code(`<${tag}>`)}: ${text}`);
    out.push(`## \`${eventName}\``, '', r.summary(decl), '', ...manifestText.flatMap((t) => [t, '']));
    out.push(
      `\`event.detail\` (${code(detail.name)}):`,
      '',
      table(
        ['field', 'type', 'description'],
        r.fieldRows(detail).map(([n, t, , d]) => [n, t, d]),
      ),
      '',
    );
  }
  if (nested.length > 0) {
    out.push('## Types in `detail`', '');
    for (const decl of nested) {
      out.push(
        `### \`${decl.name}\``,
        '',
        r.summary(decl),
        '',
        table(
          ['field', 'type', 'description'],
          r.fieldRows(decl).map(([n, t, , d]) => [n, t, d]),
        ),
        '',
      );
    }
  }
  return out.join('\n');
}

/** Interfaces the event details refer to, one level deep (`ShownClause`, `ConsentProblem`, …). */
function collectEventTypes(project, manifest) {
  const details = new Set(collectEvents(project, manifest).map((e) => e.detail.id));
  const nested = [];
  for (const id of details) {
    for (const member of project.byId.get(id).children ?? []) {
      for (const ref of referencedIds(member.type, project)) {
        const decl = project.byId.get(ref);
        if (decl.kind === KIND.interface && !details.has(ref) && !nested.includes(decl)) nested.push(decl);
      }
    }
  }
  return { details: [...details].map((id) => project.byId.get(id)), nested: nested.sort(bySource) };
}

// ---------------------------------------------------------------------------------------------------------------
// element.md
// ---------------------------------------------------------------------------------------------------------------

function elements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })),
  );
}

/**
 * Interfaces the elements' public API names in its type texts, directly or through an alias (`HostDecision`,
 * `StorageAdapter` in `ConsentStorage`, …), unless another reference documents them.
 */
function collectElementTypes(project, manifest, documented) {
  const texts = elements(manifest).flatMap((el) =>
    (el.members ?? [])
      .filter((m) => !m.privacy && !m.static)
      .flatMap((m) => [m.type?.text, m.return?.type?.text, ...(m.parameters ?? []).map((p) => p.type?.text)]),
  );
  const found = [];
  const consider = (decl, depth) => {
    if (!decl || documented.has(decl.id) || found.includes(decl) || depth > 2) return;
    if (decl.kind === KIND.interface) {
      found.push(decl);
      for (const member of decl.children ?? []) {
        for (const id of referencedIds(member.type ?? member.signatures, project))
          consider(project.byId.get(id), depth + 1);
      }
    } else if (decl.kind === KIND.typeAlias) {
      for (const id of referencedIds(decl.type, project)) consider(project.byId.get(id), depth + 1);
    }
  };
  for (const text of texts) {
    for (const name of text?.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []) consider(project.byName.get(name), 0);
  }
  return found;
}

function renderElements(project, anchors, manifest, interfaces) {
  const file = 'element.md';
  const r = createRenderer(project, anchors, file);
  const list = elements(manifest);

  // Type names in the manifest's type texts: documented types linked, other unions written out.
  const typeNotes = (text) =>
    [...new Set(text?.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? [])].flatMap((name) => {
      const decl = project.byName.get(name);
      if (!decl) return [];
      const href = r.linkTo(decl.id);
      if (href) return [`[${code(name)}](${href})`];
      if (decl.kind === KIND.typeAlias) return [`${code(name)}: ${r.type(r.resolveAlias(decl))}`];
      return [];
    });
  const typeText = (text) => {
    if (!text) return '—';
    const alone = project.byName.get(text);
    if (alone?.kind === KIND.typeAlias && !r.linkTo(alone.id))
      return `${r.type(r.resolveAlias(alone))} (${code(text)})`;
    const notes = typeNotes(text);
    return notes.length > 0 ? `${code(text)} (${notes.join('; ')})` : code(text);
  };

  const out = [
    '# Element reference',
    '',
    header('`custom-elements.json`, which `npm run build` makes from the JSDoc tags in `src/elements/`'),
    '',
    'Register the elements with `import "unticked/define"` or the script-tag bundle `unticked.min.js`; the classes are',
    'exported from `unticked` without side effects.',
    '',
    ...list.map((el) => `- [${code(`<${el.tagName}>`)}](#${slug(el.tagName)}): ${el.summary ?? ''}`),
    '',
  ];
  for (const el of list) {
    const publicMembers = (el.members ?? []).filter((m) => !m.privacy && !m.static);
    const fields = publicMembers.filter((m) => m.kind === 'field');
    const methods = publicMembers.filter((m) => m.kind === 'method');
    out.push(`## \`<${el.tagName}>\``, '', `**${el.summary ?? ''}**`, '', el.description ?? '', '');
    out.push(`Class ${code(el.name)} (${code(el.path)}), extends ${code(el.superclass?.name ?? 'HTMLElement')}.`, '');

    const attributes = (el.attributes ?? []).map((attr) => {
      // `config` is observed only to report it: the property of that name is not what the attribute sets.
      const member = attr.name === 'config' ? undefined : fields.find((f) => f.name === (attr.fieldName ?? attr.name));
      return [
        code(attr.name),
        attr.fieldName ? code(attr.fieldName) : member ? code(member.name) : '—',
        // Only the attribute's own type: a property may take more than markup can say (`storage` takes an adapter).
        typeText(attr.type?.text),
        attr.default ? code(attr.default) : '—',
        attr.description ?? member?.description ?? '',
      ];
    });
    if (attributes.length) {
      out.push(
        '### Attributes',
        '',
        table(['attribute', 'property', 'type', 'default', 'description'], attributes),
        '',
      );
    }
    const properties = fields.map((f) => [
      code(f.name),
      f.attribute ? code(f.attribute) + (f.reflects ? ' (reflected)' : '') : '—',
      typeText(f.type?.text),
      f.default ? code(f.default) : '—',
      `${f.readonly ? '**Read-only.** ' : ''}${f.description ?? ''}`,
    ]);
    if (properties.length) {
      out.push(
        '### Properties',
        '',
        table(['property', 'attribute', 'type', 'default', 'description'], properties),
        '',
      );
    }
    const methodRows = methods.map((m) => {
      const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`);
      const signature = `${m.name}(${params.join(', ')}): ${m.return?.type?.text ?? 'void'}`;
      const notes = [...new Set([...(m.parameters ?? []).map((p) => p.type?.text), m.return?.type?.text])]
        .flatMap(typeNotes)
        .filter((note, i, all) => all.indexOf(note) === i);
      return [code(signature), [m.description ?? '', notes.length ? `Types: ${notes.join('; ')}.` : ''].join(' ')];
    });
    if (methodRows.length) out.push('### Methods', '', table(['method', 'description'], methodRows), '');
    // Settings of the class itself (`ConsentPrompt.configTimeoutMs`), for every element of the page.
    const statics = (el.members ?? []).filter((m) => !m.privacy && m.static && m.kind === 'field');
    if (statics.length) {
      out.push(
        '### Static properties',
        '',
        table(
          ['property', 'type', 'default', 'description'],
          statics.map((f) => [
            code(`${el.name}.${f.name}`),
            typeText(f.type?.text),
            f.default ? code(f.default) : '—',
            f.description ?? '',
          ]),
        ),
        '',
      );
    }
    const events = (el.events ?? []).filter((e) => e.name);
    if (events.length) {
      out.push(
        '### Events',
        '',
        table(
          ['event', 'description'],
          events.map((e) => [`[${code(e.name)}](events.md#${slug(e.name)})`, e.description]),
        ),
        '',
      );
    }
    if (el.slots?.length) {
      out.push(
        '### Slots',
        '',
        table(
          ['slot', 'description'],
          el.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description]),
        ),
        '',
      );
    }
    if (el.cssParts?.length) {
      out.push(
        '### CSS parts',
        '',
        table(
          ['part', 'description'],
          el.cssParts.map((p) => [code(`::part(${p.name})`), p.description]),
        ),
        '',
      );
    }
    if (el.cssProperties?.length) {
      out.push(
        '### CSS custom properties',
        '',
        table(
          ['property', 'description'],
          el.cssProperties.map((p) => [code(p.name), p.description]),
        ),
        '',
      );
    }
  }
  if (interfaces.length > 0) {
    out.push('## Types', '');
    for (const decl of interfaces) {
      out.push(
        `### \`${decl.name}\``,
        '',
        r.summary(decl),
        '',
        table(['field', 'type', 'required', 'description'], r.fieldRows(decl)),
        '',
      );
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// lint-rules.md
// ---------------------------------------------------------------------------------------------------------------

function renderLintRules(project, anchors, core) {
  const r = createRenderer(project, anchors, 'lint-rules.md');
  const rules = core.LINT_RULES;
  const options = project.byName.get('LintOptions');
  const out = [
    '# Lint rules',
    '',
    header('`LINT_RULES` in `src/core/lint/rules.ts`'),
    '',
    '`lintConfig(config, options)` from `unticked/core` validates a config, then checks it for dark patterns and gaps',
    'the law asks about; `npx unticked lint consent.json` does the same from the command line (`--rules` lists these',
    'rules, `--json` prints the findings). Each finding names its rule, the exact `path`, a `message` and the',
    "rule's `source`. Validation problems come first, as `valid-config` errors; an invalid config is still linted as",
    'far as it could be read (the purposes whose id, title and clause could be, paths as written), so one run shows',
    'everything to fix; only when its `languages` or `defaultLanguage` cannot be read does no rule run (`rulesRan`).',
    '',
    'The rules that read wording (vague, bundled, unnamed recipients, sensitive data, pressure, negated titles)',
    'know English, Chinese (Simplified, and Traditional read through the same lists), German, French, Spanish,',
    'Italian, Dutch, Portuguese and Japanese. A denial counts only in its own part of a sentence ("We do not sell',
    'data, but share it with partners" is still sharing), and a record of the visitor\'s choice ("remembers whether',
    'you allowed analytics") is not the activity. Text in any other language is reported by `wording-unchecked`',
    '(info), never passed as clean. The CLI reads files as UTF-8 and refuses other encodings.',
    '',
    r.summary(project.byName.get('LintSeverity')),
    '',
    table(
      ['rule', 'severity', 'looks for'],
      rules.map((rule) => [`[${code(rule.id)}](#${slug(rule.id)})`, rule.severity, rule.summary]),
    ),
    '',
  ];
  if (options) {
    out.push(
      '## Options',
      '',
      r.summary(options),
      '',
      table(['option', 'type', 'required', 'description'], r.fieldRows(options)),
      '',
    );
  }
  out.push('## Rules and their sources', '');
  for (const rule of rules) {
    out.push(
      `### \`${rule.id}\``,
      '',
      `Severity: ${rule.severity}.`,
      '',
      rule.summary,
      '',
      'Sources:',
      '',
      ...rule.source.split('; ').map((source) => `- ${source}`),
      '',
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------------------------

/** Which generated file documents which declaration, so every file can link to the others. */
function buildAnchors(project, manifest) {
  const anchors = new Map();
  const add = (decl, file, heading = decl.name) => anchors.set(decl.id, { file, slug: slug(heading) });
  const config = collectConfigTypes(project);
  for (const decl of [...config.interfaces, ...config.aliases]) add(decl, 'config.md');
  const problemCodes = project.byName.get('ConfigProblemCode');
  if (problemCodes) add(problemCodes, 'config.md', 'Problem codes');
  const limits = project.byName.get('CONFIG_LIMITS');
  if (limits) add(limits, 'config.md', 'Limits');
  const eventTypes = collectEventTypes(project, manifest);
  for (const decl of [...eventTypes.details, ...eventTypes.nested]) add(decl, 'events.md');
  for (const { decl, eventName } of collectEvents(project, manifest)) add(decl, 'events.md', eventName);
  const rules = project.byName.get('LINT_RULES');
  if (rules) add(rules, 'lint-rules.md', 'Lint rules');
  const elementTypes = collectElementTypes(project, manifest, anchors);
  for (const decl of elementTypes) add(decl, 'element.md');
  return { anchors, eventTypes, elementTypes };
}

async function format(path, text) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path, parser: 'markdown' });
}

async function main() {
  process.chdir(ROOT);
  const typedoc = await runTypedoc();
  if (typedoc.code !== EXIT.ok) return typedoc.code;

  const project = indexProject(typedoc.json);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const core = await tsImport('../src/core/index.ts', import.meta.url);
  const eventModule = await tsImport('../src/events/index.ts', import.meta.url);
  const { anchors, eventTypes, elementTypes } = buildAnchors(project, manifest);

  const files = {
    'element.md': renderElements(project, anchors, manifest, elementTypes),
    'config.md': renderConfig(project, anchors, core),
    'events.md': renderEvents(project, anchors, manifest, eventModule, eventTypes.nested),
    'lint-rules.md': renderLintRules(project, anchors, core),
  };
  mkdirSync(OUT, { recursive: true });
  // The folder is generated: nothing else may linger there.
  for (const name of readdirSync(OUT)) if (!(name in files)) rmSync(join(OUT, name), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const path = join(OUT, name);
    writeFileSync(path, await format(path, text));
    console.log(`wrote ${relative(ROOT, path)}`);
  }
  return EXIT.ok;
}

process.exitCode = await main();
