// solc-build.js compiles the contracts listed in build.json with the pinned solc-js
// (standard JSON) and writes artifacts/<name>.abi, artifacts/<name>.bin and
// artifacts/build-info.json. Usage: node solc-build.js  (run from contracts/).
// ONLY=Name1,Name2 node solc-build.js compiles just those artifacts (for quick iteration;
// build-info.json is left alone, so run the full build before committing).
//
// An entry may name a profile (build.json "profiles"): its own pinned compiler (an npm
// alias such as solc-0.8.15), settings and import remappings, for third-party sources that
// pin an older compiler (the OP Stack's contracts-bedrock: =0.8.15, OpenZeppelin 4.7.3).
// Entries without a profile compile exactly as before. A source is looked up in contracts/
// first, then in contracts/node_modules. An entry's "expect" names a published artifact
// (a forge-artifacts JSON in node_modules) whose creation bytecode ours must equal.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const cfg = JSON.parse(fs.readFileSync(path.join(root, 'build.json'), 'utf8'));
const outDir = path.join(root, 'artifacts');

const extra = [];
if (cfg.verifiersDir && fs.existsSync(path.join(root, cfg.verifiersDir))) {
  for (const f of fs.readdirSync(path.join(root, cfg.verifiersDir)).sort()) {
    if (!f.endsWith('.sol')) continue;
    const name = f.slice(0, -4);
    extra.push({ name, source: `${cfg.verifiersDir}/${f}`, contract: name });
  }
}
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const wanted = cfg.contracts.concat(extra).filter((c) => {
  if (only && !only.has(c.name)) return false;
  const ok = sourcePath(c.source) !== null;
  if (!ok && !c.optional) {
    console.error(`solc-build: missing source ${c.source} for ${c.name}`);
    process.exit(1);
  }
  return ok;
});

function sourcePath(p) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const f = path.join(base, p);
    if (fs.existsSync(f)) return f;
  }
  return null;
}

const compilers = { default: solc };
function profileOf(c) {
  if (!c.profile) return { compiler: solc, settings: cfg.settings, remappings: undefined };
  const p = cfg.profiles && cfg.profiles[c.profile];
  if (!p) {
    console.error(`solc-build: ${c.name}: unknown profile ${c.profile}`);
    process.exit(1);
  }
  if (!compilers[p.solc]) compilers[p.solc] = require(p.solc);
  return { compiler: compilers[p.solc], settings: p.settings, remappings: p.remappings };
}

function findImports(p) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const f = path.join(base, p);
    if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
  }
  return { error: `import not found: ${p}` };
}

// One compilation per source file keeps gnark's verifiers (which all declare their own
// top-level names) from clashing with each other.
const results = {};
for (const c of wanted) {
  const prof = profileOf(c);
  const input = {
    language: 'Solidity',
    sources: { [c.source]: { content: fs.readFileSync(sourcePath(c.source), 'utf8') } },
    settings: {
      optimizer: prof.settings.optimizer,
      evmVersion: prof.settings.evmVersion,
      outputSelection: { [c.source]: { [c.contract]: ['abi', 'evm.bytecode.object'] } },
    },
  };
  if (prof.settings.metadata) input.settings.metadata = prof.settings.metadata;
  if (prof.remappings) input.settings.remappings = prof.remappings;
  const out = JSON.parse(prof.compiler.compile(JSON.stringify(input), { import: findImports }));
  const errs = (out.errors || []).filter((e) => e.severity === 'error');
  // Warnings about our own sources are printed; those about pinned third-party code
  // (OpenZeppelin, the OP contracts: keywords-to-be, comparisons of contract types) are
  // counted only, since we cannot change that code.
  let thirdParty = 0;
  for (const e of out.errors || []) {
    if (e.severity === 'error' || /SPDX|pragma|Transient storage/.test(e.message)) continue;
    const file = (e.sourceLocation && e.sourceLocation.file) || '';
    if (file.startsWith('solidity/')) console.error(e.formattedMessage);
    else thirdParty++;
  }
  if (thirdParty) console.error(`solc-build: ${c.name}: ${thirdParty} warnings in pinned third-party sources (not shown)`);
  if (errs.length) {
    for (const e of errs) console.error(e.formattedMessage);
    process.exit(1);
  }
  const art = out.contracts[c.source] && out.contracts[c.source][c.contract];
  if (!art) {
    console.error(`solc-build: ${c.source} has no contract ${c.contract}`);
    process.exit(1);
  }
  if (c.expect) {
    const want = JSON.parse(fs.readFileSync(sourcePath(c.expect), 'utf8')).bytecode.object.replace(/^0x/, '');
    if (want !== art.evm.bytecode.object) {
      console.error(`solc-build: ${c.name}: bytecode differs from the published ${c.expect}`);
      process.exit(1);
    }
  }
  results[c.name] = { abi: art.abi, bin: art.evm.bytecode.object };
}

fs.mkdirSync(outDir, { recursive: true });
for (const [name, r] of Object.entries(results)) {
  fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(r.abi) + '\n');
  fs.writeFileSync(path.join(outDir, `${name}.bin`), r.bin + '\n');
  console.error(`solc-build: ${name}: ${r.bin.length / 2} bytes`);
}
if (!only) fs.writeFileSync(
  path.join(outDir, 'build-info.json'),
  JSON.stringify(buildInfo(), null, 2) + '\n',
);

// buildInfo records the default compiler and settings, and (only when build.json has
// profiles) each profile's compiler version.
function buildInfo() {
  const info = { solc: solc.version(), settings: cfg.settings, contracts: Object.keys(results).sort() };
  if (cfg.profiles) {
    info.profiles = {};
    for (const [name, p] of Object.entries(cfg.profiles)) {
      if (!compilers[p.solc]) compilers[p.solc] = require(p.solc);
      info.profiles[name] = { solc: compilers[p.solc].version(), settings: p.settings, remappings: p.remappings };
    }
  }
  return info;
}
