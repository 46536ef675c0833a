// OnlineWardleyMaps' own parser as an oracle: OWM's reading of map texts, as stable JSON.
//
//   node read.mjs < texts.jsonl     one JSON-encoded map text per line in, one reading per line out
//   node read.mjs MAP.owm ...       the reading of each file, one per line
//
// The parser is wmlandscape's UnifiedConverter (what onlinewardleymaps.com and
// benchmarks/peers/owm/entry.jsx parse with). Its CommonJS build requires React, MUI, Next.js and
// more at import for the map's drawing components; the parser needs none of them but
// lodash.merge, so every other package is replaced by an inert stub (npm installs only
// wmlandscape and lodash.merge, see README.md). A stub touched while parsing is an error, so the
// oracle can never silently read a map with a stub in the way.
import Module, {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));
const TIMEOUT_MS = Number(process.env.OWM_ORACLE_TIMEOUT_MS || 2000);
const REAL = new Set(['wmlandscape', 'lodash.merge']);

let loaded = false;
function stub(name) {
  const children = new Map();
  const touched = () => {
    if (loaded) throw new Error(`OWM's parser used ${name}, which the oracle stubs`);
  };
  return new Proxy(function () {}, {
    get(target, key) {
      if (key === '__esModule' || key === 'default' || key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => '';
      if (typeof key === 'symbol' || Object.hasOwn(target, key)) return target[key];
      touched();
      if (!children.has(key)) children.set(key, stub(`${name}.${key}`));
      return children.get(key);
    },
    apply() {
      touched();
      return stub(`${name}()`);
    },
    construct() {
      touched();
      return stub(`new ${name}`);
    },
  });
}

const load = Module._load;
Module._load = function (request, parent, isMain) {
  const bare = !request.startsWith('.') && !path.isAbsolute(request);
  if (bare && !Module.isBuiltin(request) && !REAL.has(request)) return stub(request);
  return load.call(this, request, parent, isMain);
};
// The parser logs recoveries with console.info/warn; stdout carries only readings.
for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = () => {};
process.env.NODE_ENV = 'production'; // quiets styled-components' checks at import
const owm = require('wmlandscape');
loaded = true;

const converter = new owm.UnifiedConverter(owm.FeatureSwitches.featureSwitches);
const runner = new vm.Script('result = parse(text)');
// One sandbox for every map: the script runs under a timeout, so a map that hangs OWM's parser
// is reported instead of stopping the oracle.
const sandbox = vm.createContext({parse: t => converter.parse(t), text: '', result: null});

const num = x => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);
const float = x => num(typeof x === 'string' ? parseFloat(x) : x);
const pair = (a, b) => [num(a), num(b)];
const offset = label => (label ? pair(label.x, label.y) : null);
const method = d => (d ? ['build', 'buy', 'outsource'].find(m => d[m]) || null : null);
const decorations = e => ({
  label: offset(e.label),
  method: method(e.decorators),
  market: Boolean(e.decorators && e.decorators.market),
  ecosystem: Boolean(e.decorators && e.decorators.ecosystem),
});
const component = c => ({
  line: c.line,
  name: c.name,
  visibility: num(c.visibility),
  maturity: num(c.maturity),
  ...decorations(c),
  inertia: Boolean(c.inertia),
  // OWM's undocumented inline `component X [..] evolve 0.8` (EF setEvolve).
  evolve: c.evolving ? float(c.evolveMaturity) : null,
});

// OWM pushes a labelled flow A+'x'>B twice: once with the flow value, then once more with the
// context after `;`. Both stand for one link, so the reading folds them into one.
function links(all) {
  const out = [];
  for (let i = 0; i < all.length; i++) {
    const link = all[i];
    const next = all[i + 1];
    const folded =
      link.flowValue !== undefined &&
      next &&
      next.flowValue === undefined &&
      next.start === link.start &&
      next.end === link.end;
    out.push({
      start: link.start,
      end: link.end,
      flow: link.flow,
      flowValue: link.flowValue === undefined ? null : link.flowValue,
      context: (folded ? next.context : link.context) ?? null,
      past: link.past,
      future: link.future,
    });
    if (folded) i++;
  }
  return out;
}

function reading(map) {
  const p = map.presentation;
  return {
    title: map.title,
    components: map.components.map(component),
    anchors: map.anchors.map(a => ({
      line: a.line,
      name: a.name,
      visibility: num(a.visibility),
      maturity: num(a.maturity),
    })),
    submaps: map.submaps.map(s => ({...component(s), url: s.url ?? null})),
    links: links(map.links),
    evolves: map.evolved.map(e => ({
      line: e.line,
      name: e.name,
      override: e.override || null,
      maturity: num(e.maturity),
      ...decorations(e),
    })),
    pipelines: map.pipelines.map(pl => ({
      line: pl.line,
      name: pl.name,
      hidden: pl.hidden,
      // A hidden pipeline is not drawn: its default span 0.2-0.8 means nothing.
      extent: pl.hidden ? null : pair(pl.maturity1, pl.maturity2),
      members: pl.components.map(c => ({
        line: c.line,
        name: c.name,
        maturity: num(c.maturity),
        label: offset(c.label),
      })),
    })),
    notes: map.notes.map(n => ({
      line: n.line,
      text: n.text,
      visibility: num(n.visibility),
      maturity: num(n.maturity),
    })),
    annotations: map.annotations.map(a => ({
      line: a.line,
      number: Number.isFinite(a.number) ? a.number : null,
      positions: a.occurances.map(o => pair(o.visibility, o.maturity)),
      text: a.text,
    })),
    annotations_position: pair(p.annotations.visibility, p.annotations.maturity),
    attitudes: map.attitudes.map(a => ({
      line: a.line,
      attitude: a.attitude,
      corners: [num(a.visibility), num(a.maturity), num(a.visibility2), num(a.maturity2)],
    })),
    accelerators: map.accelerators.map(a => ({
      line: a.line,
      name: a.name,
      visibility: num(a.visibility),
      maturity: num(a.maturity),
      deaccelerator: Boolean(a.deaccelerator),
    })),
    // As drawn: SVG text collapses the spaces around `->` that OWM leaves in the stage names.
    evolution: map.evolution.map(s =>
      s.line1 === undefined ? null : `${s.line1} ${s.line2}`.replace(/\s+/g, ' ').trim(),
    ),
    style: p.style,
    size: pair(p.size.width, p.size.height),
    urls: map.urls.map(u => ({line: u.line, name: u.name, url: u.url})),
    // Lines OWM could not read (ParseError; 1-based): informative, not compared.
    errors: map.errors.map(e => (typeof e.line === 'number' ? e.line + 1 : null)),
  };
}

function read(text) {
  if (typeof text !== 'string') return {error: 'input is not a JSON string'};
  sandbox.text = text;
  sandbox.result = null;
  try {
    runner.runInContext(sandbox, {timeout: TIMEOUT_MS});
    return reading(sandbox.result);
  } catch (error) {
    return {error: String((error && error.message) || error)};
  }
}

const write = value => process.stdout.write(JSON.stringify(value) + '\n');
const files = process.argv.slice(2);
if (files.length) {
  for (const file of files) write(read(fs.readFileSync(file, 'utf8')));
} else {
  for await (const line of readline.createInterface({input: process.stdin, crlfDelay: Infinity})) {
    let text;
    try {
      text = JSON.parse(line);
    } catch {
      write({error: 'input line is not JSON'});
      continue;
    }
    write(read(text));
  }
}
