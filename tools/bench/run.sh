#!/usr/bin/env bash
# The benchmark command: measures the targets of docs/performance.md and prints one table.
#   tools/bench/run.sh          quick: sizes up to 10,000 (about 10 minutes on 2 cores)
#   tools/bench/run.sh --full   every size, up to 1,000,000 milestones (much longer)
# Run it on a quiet machine: other work on the same cores changes every figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
full=${1:-}
out=target/bench
mkdir -p "$out"

mvn -q -B -DskipTests install
mvn -q -B -P bench -pl milestones-bench -DskipTests package
(cd tools/bench && npm ci --no-audit --no-fund --loglevel=error)
jar=milestones-cli/target/milestones.jar
bench=milestones-bench/target/benchmarks.jar
data=milestones-data/src/main/resources/io/github/aimilestones/data

# Synthetic catalogs, written once to target/bench/ by a JVM with room to build them (see CatalogFiles).
for n in 10000 100000 1000000; do
  if [ "$n" -le 10000 ] || [ "$full" = "--full" ]; then
    [ -f "$out/catalog-$n.json" ] || java -Xmx16g -cp milestones-bench/target/benchmarks.jar \
      io.github.aimilestones.bench.Generate "$n" "$out/catalog-$n.json" > /dev/null
  fi
done

# 1. Gate latency: whole processes, the median of 9 runs each, in the same run.
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
files=(); for f in "$data"/catalog/*.json; do files+=(-d "$f"); done
plain=$(for i in 1 2 3 4 5 6 7 8 9; do seconds java -jar "$jar" validate; done | median)
bin/milestones validate > /dev/null  # writes the class data sharing archive if the jar is new
ours=$(for i in 1 2 3 4 5 6 7 8 9; do seconds bin/milestones validate; done | median)
dist=$(tools/dist/build.sh) && rm -rf "$out/dist" && mkdir -p "$out/dist" && tar -xzf "$dist" -C "$out/dist"
launcher=$(echo "$out"/dist/ai-milestones-*/bin/milestones)
distributed=$(for i in 1 2 3 4 5 6 7 8 9; do seconds "$launcher" validate; done | median)
ajv=$(for i in 1 2 3 4 5 6 7 8 9; do seconds tools/bench/node_modules/.bin/ajv validate --spec=draft2020 -s "$data/milestones.schema.json" "${files[@]}"; done | median)

# 2-5. JMH, one fork per benchmark, single-shot where an operation takes seconds.
if [ "$full" = "--full" ]; then sizes=10000,100000,1000000; export_sizes=10000,100000; else sizes=10000; export_sizes=10000; fi
java -jar "$bench" ValidationBenchmark -p milestones="$sizes" -rf json -rff "$out/validation.json" > "$out/validation.log" 2>&1 || true
java -jar "$bench" NearDuplicateBenchmark -rf json -rff "$out/near.json" > "$out/near.log" 2>&1 || true
recall=$(java -Xmx2g -cp "$bench" io.github.aimilestones.bench.NearDuplicates || true)
java -jar "$bench" ExportBenchmark -p milestones="$export_sizes" -rf json -rff "$out/export.json" > "$out/export.log" 2>&1 || true
java -jar "$bench" LoadBenchmark -prof gc -rf json -rff "$out/load.json" > "$out/load.log" 2>&1 || true

node - "$out" "$ours" "$ajv" "$recall" "$plain" "$distributed" <<'JS'
const fs = require('fs');
const [dir, ours, ajv, recall, plain, distributed] = process.argv.slice(2);
const read = (f) => { try { return JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8')); } catch { return []; } };
const score = (r) => r.primaryMetric.score;
const rows = [['target', 'measured', 'goal']];
rows.push(['1. gate latency: the distribution's bin/milestones validate vs ajv-cli (embedded dataset)',
  `${distributed} ms vs ${ajv} ms (${(distributed / ajv).toFixed(2)}x, ${distributed < ajv ? 'met' : 'NOT MET'}); `
  + `bin/milestones (CDS): ${ours} ms (${(ours / ajv).toFixed(2)}x); java -jar: ${plain} ms (${(plain / ajv).toFixed(2)}x)`, 'ratio < 1.0']);
const v = read('validation.json');
for (const size of [...new Set(v.map((r) => r.params.milestones))]) {
  const parse = v.find((r) => r.params.milestones === size && r.benchmark.endsWith('jacksonParseOnly'));
  const tokens = v.find((r) => r.params.milestones === size && r.benchmark.endsWith('jacksonTokensOnly'));
  const full = v.find((r) => r.params.milestones === size && r.benchmark.endsWith('.validate'));
  rows.push([`2. ${size} milestones: validate (2 GB heap) vs Jackson tree`, full && parse
    ? `${score(full).toFixed(0)} ms vs ${score(parse).toFixed(0)} ms (${(score(full) / score(parse)).toFixed(1)}x), ${(score(full) * 1000 / size).toFixed(1)} us/record`
      + (tokens ? `; Jackson tokens alone ${score(tokens).toFixed(0)} ms` : '')
    : 'failed (see validation.log; out of memory?)', '<= 3x, flat per record, < 2 GB']);
}
const n = read('near.json');
const blocked = n.find((r) => r.benchmark.endsWith('blocked'));
const sample = n.find((r) => r.benchmark.endsWith('allPairsSample'));
// blocked is a whole validation with only the name rules on; everyRuleOff is its part that is not finding names.
const off = n.find((r) => r.benchmark.endsWith('everyRuleOff'));
if (blocked && sample) {
  const allPairs = score(sample) * (101000 / 2) / 500;
  rows.push(['3. near duplicates, 100,000 names + 1,000 typos', `${score(blocked).toFixed(0)} ms blocked`
    + (off ? ` (${score(off).toFixed(0)} ms with every rule off)` : '')
    + ` vs ~${(allPairs / 1000).toFixed(0)} s all pairs (${(allPairs / score(blocked)).toFixed(0)}x); ${recall}`, '100% recall, >= 100x']);
}
for (const r of read('export.json')) {
  rows.push([`4. export ${r.params.format} at ${r.params.milestones}`, `${score(r).toFixed(0)} ms (${(score(r) * 1000 / r.params.milestones).toFixed(1)} us/record)`, 'linear in N']);
}
const l = read('load.json')[0];
if (l) {
  const alloc = l.secondaryMetrics['gc.alloc.rate.norm'];
  rows.push(['5. embedded catalog load (read with positions)', `${score(l).toFixed(1)} ms, ${(alloc.score / 1e6).toFixed(1)} MB allocated`, 'report']);
}
const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join(' | '));
JS
