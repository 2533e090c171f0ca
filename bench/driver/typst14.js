// Typst 0.14 through its in-process compiler (npm @myriaddreamin/typst-ts-node-compiler, bench/package.json),
// the peer of `vanban render` and of bench/driver/warm.cpp. Used by bench/measure.py only.
//
//   node typst14.js version
//   node typst14.js compile ROOT MAIN.typ OUT.pdf [KEY=VALUE ...]
//       one whole compile, as a process: the peer of `vanban render` (KEY=VALUE: sys.inputs).
//   node typst14.js warm ROOT MAIN.typ DATA [--field KEY] [--runs N] [--warmup N] [--out FILE.pdf]
//       one compiler kept warm: DATA (a path from ROOT, "/samples/thong-bao.yaml") is given a new number in its
//       top-level field KEY (default `so`) before each compile, through the compiler's shadow files, and
//       each compile + PDF export is timed (wall and CPU of all threads). Prints one JSON line like vanban-warm's.
'use strict';
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const FONTS = '/usr/share/fonts/truetype/liberation2';

function compiler(root, inputs) {
  return NodeCompiler.create({ workspace: path.resolve(root), fontArgs: [{ fontPaths: [FONTS] }], inputs });
}

// Compiles MAIN to PDF bytes; throws with Typst's messages on an error.
function pdf(c, main) {
  const r = c.compile({ mainFilePath: main });
  const doc = r.result;
  if (!doc) {
    const messages = c.fetchDiagnostics(r.takeError()).map(d => `${d.path}:${d.range?.start?.line + 1}: ${d.message}`);
    throw new Error(messages.join('\n'));
  }
  return c.pdf(doc);
}

function main(argv) {
  const mode = argv[0];
  if (mode === 'version') {  // the Typst inside the package: sys.version of a one-line document
    const c = compiler('.', {});
    const r = c.compile({ mainFileContent: '#metadata(str(sys.version)) <v>' });
    console.log('typst ' + c.query(r.result, { selector: '<v>', field: 'value' })[0]);
    return;
  }
  if (mode === 'compile') {
    const [root, mainFile, out, ...kv] = argv.slice(1);
    const inputs = Object.fromEntries(kv.map(s => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)]));
    fs.writeFileSync(out, pdf(compiler(root, inputs), path.resolve(mainFile)));
    return;
  }
  if (mode === 'warm') {
    const [root, mainFile, data] = argv.slice(1, 4);
    const opt = (name, def) => { const i = argv.indexOf(name); return i > 0 ? argv[i + 1] : def; };
    const field = opt('--field', 'so'), runs = +opt('--runs', 50), warmup = +opt('--warmup', 5);
    const dataPath = path.join(path.resolve(root), data);
    const text = fs.readFileSync(dataPath, 'utf8');
    const line = new RegExp(`^${field}:.*$`, 'm');
    if (!line.test(text)) throw new Error(`${data} has no top-level line \`${field}: …\``);
    const c = compiler(root, {});
    const mainPath = path.resolve(mainFile);
    const times = [], cpuTimes = [];  // wall and CPU (all threads) milliseconds
    let last;
    for (let i = 0; i < warmup + runs; i++) {
      const start = process.hrtime.bigint(), cpu = process.cpuUsage();
      c.mapShadow(dataPath, Buffer.from(text.replace(line, `${field}: ${100 + i}`), 'utf8'));
      last = pdf(c, mainPath);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const used = process.cpuUsage(cpu);
      if (i >= warmup) { times.push(ms); cpuTimes.push((used.user + used.system) / 1000); }
    }
    const out = opt('--out', '');
    if (out) fs.writeFileSync(out, last);
    console.log(JSON.stringify({ edit: 'shadow', pdf_bytes: last.length, times_ms: times, cpu_ms: cpuTimes }));
    return;
  }
  throw new Error('usage: typst14.js version | compile ROOT MAIN OUT [K=V…] | warm ROOT MAIN DATA [--field K] [--runs N]');
}

main(process.argv.slice(2));
