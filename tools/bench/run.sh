#!/usr/bin/env bash
# The benchmark command: measures the targets of docs/performance.md and prints one table.
#   tools/bench/run.sh          quick: sizes up to 10,000, check at 1 and 10 MB (about 12 minutes on 2 cores)
#   tools/bench/run.sh --full   every size, up to 1,000,000 milestones (much longer)
# Run it on a quiet machine: other work on the same cores changes every figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
full=${1:-}
out=target/bench
mkdir -p "$out"

mvn -q -B -P bench -DskipTests -Dinvoker.skip package  # the benchmark module too; nothing installed
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

# 1. Gate latency: whole processes, the median of 9 runs each, taken in turn (ours, ajv, ours, ajv ...) so that a
# change in the machine's load touches both alike.
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
files=(); for f in "$data"/catalog/*.json; do files+=(-d "$f"); done
ajv() { tools/bench/node_modules/.bin/ajv validate --spec=draft2020 -s "$data/milestones.schema.json" "${files[@]}"; }
dist=$(tools/dist/build.sh) && rm -rf "$out/dist" && mkdir -p "$out/dist" && tar -xzf "$dist" -C "$out/dist"
launcher=$(echo "$out"/dist/ai-milestones-*/bin/milestones)
bin/milestones validate > /dev/null  # writes the start-up cache of bin/milestones if the jar is new
: > "$out/latency.txt"
for i in 1 2 3 4 5 6 7 8 9; do
  echo "distributed $(seconds "$launcher" validate)" >> "$out/latency.txt"
  echo "ajv $(seconds ajv)" >> "$out/latency.txt"
  echo "bin $(seconds bin/milestones validate)" >> "$out/latency.txt"
  echo "plain $(seconds java -jar "$jar" validate)" >> "$out/latency.txt"
done
latency() { awk -v k="$1" '$1 == k {print $2}' "$out/latency.txt" | median; }
distributed=$(latency distributed); ajv=$(latency ajv); ours=$(latency bin); plain=$(latency plain)

# 2. A million milestones in 2 GB: the gate as users run it, whole process; its peak memory from /usr/bin/time.
million=""
if [ "$full" = "--full" ]; then
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$out/million.rss" java -Xmx2g -jar "$jar" validate "$out/catalog-1000000.json" \
    > "$out/million.txt" 2> "$out/million.err" && status=0 || status=$?
  million="$status $((($(date +%s%N) - start) / 1000000)) $(tail -1 "$out/million.rss")"
fi

# 3-7. JMH, one fork per benchmark, single-shot where an operation takes seconds.
if [ "$full" = "--full" ]; then sizes=10000,100000,1000000; export_sizes=10000,100000; else sizes=10000; export_sizes=10000; fi
java -jar "$bench" ValidationBenchmark -p milestones="$sizes" -rf json -rff "$out/validation.json" > "$out/validation.log" 2>&1 || true
java -jar "$bench" NearDuplicateBenchmark -rf json -rff "$out/near.json" > "$out/near.log" 2>&1 || true
recall=$(java -Xmx2g -cp "$bench" io.github.aimilestones.bench.NearDuplicates || true)
java -jar "$bench" ExportBenchmark -p milestones="$export_sizes" -rf json -rff "$out/export.json" > "$out/export.log" 2>&1 || true
java -jar "$bench" LoadBenchmark -prof gc -rf json -rff "$out/load.json" > "$out/load.log" 2>&1 || true
# 8. check of prose, a table and a list at 1 MB and 10 MB (documents made from the dataset's names and dates).
java -jar "$bench" CheckBenchmark -rf json -rff "$out/check.json" > "$out/check.log" 2>&1 || true

node - "$out" "$ours" "$ajv" "$recall" "$plain" "$distributed" "$million" <<'JS'
const fs = require('fs');
const [dir, ours, ajv, recall, plain, distributed, million] = process.argv.slice(2);
const read = (f) => { try { return JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8')); } catch { return []; } };
const score = (r) => r.primaryMetric.score;
const met = (ok) => (ok ? 'met' : 'NOT MET');
const rows = [['target', 'measured', 'goal', 'met']];
rows.push(["1. gate latency: the distribution's bin/milestones validate vs ajv-cli (embedded dataset, median of 9)",
  `${distributed} ms vs ${ajv} ms: ${(distributed / ajv).toFixed(2)}x; bin/milestones: ${ours} ms (${(ours / ajv).toFixed(2)}x);`
  + ` java -jar: ${plain} ms (${(plain / ajv).toFixed(2)}x)`, 'ratio < 1.0', met(+distributed < +ajv)]);
if (million) {
  const [status, ms, kb] = million.split(' ');
  const lines = (() => { try { return fs.readFileSync(`${dir}/million.txt`, 'utf8').trim().split('\n'); } catch { return ['']; } })();
  const summary = lines[lines.length - 1];
  const done = (status === '0' || status === '1') && /records checked/.test(summary);
  rows.push(['2. 1,000,000 milestones: java -Xmx2g -jar milestones.jar validate, whole process',
    done ? `${(ms / 1000).toFixed(0)} s, peak ${(kb / 1024).toFixed(0)} MB resident, exit ${status}: ${summary}`
      : `failed, exit ${status} after ${(ms / 1000).toFixed(0)} s (see million.err)`, 'completes with its findings', met(done)]);
} else {
  rows.push(['2. 1,000,000 milestones in a 2 GB heap', 'not measured: run with --full', 'completes with its findings', '-']);
}
const v = read('validation.json');
const perRecord = [];
for (const size of [...new Set(v.map((r) => r.params.milestones))]) {
  const parse = v.find((r) => r.params.milestones === size && r.benchmark.endsWith('jacksonParseOnly'));
  const tokens = v.find((r) => r.params.milestones === size && r.benchmark.endsWith('jacksonTokensOnly'));
  const full = v.find((r) => r.params.milestones === size && r.benchmark.endsWith('.validate'));
  if (full) perRecord.push([size, score(full) * 1000 / size]);
  const ratio = full && parse ? score(full) / score(parse) : NaN;
  rows.push([`3. ${size} milestones: full validation (2 GB heap) vs Jackson's tree parse, same run`, full && parse
    ? `${score(full).toFixed(0)} ms vs ${score(parse).toFixed(0)} ms: ${ratio.toFixed(1)}x, ${(score(full) * 1000 / size).toFixed(1)} us/milestone`
      + (tokens ? `; Jackson tokens alone ${score(tokens).toFixed(0)} ms` : '')
    : 'failed (see validation.log; out of memory?)', '<= 3x', +size >= 100000 ? met(ratio <= 3) : 'report']);
}
if (perRecord.length > 1) {
  const costs = perRecord.map(([, us]) => us);
  const spread = Math.max(...costs) / Math.min(...costs);
  rows.push([`3. cost per milestone from ${perRecord[0][0]} to ${perRecord[perRecord.length - 1][0]}`,
    perRecord.map(([size, us]) => `${size}: ${us.toFixed(1)} us`).join(', ') + ` (largest / smallest ${spread.toFixed(2)})`,
    'flat within 30%', met(spread <= 1.3)]);
}
const n = read('near.json');
const blocked = n.find((r) => r.benchmark.endsWith('blocked'));
const sample = n.find((r) => r.benchmark.endsWith('allPairsSample'));
// blocked is a whole validation with only the name rules on; everyRuleOff is its part that is not finding names.
const off = n.find((r) => r.benchmark.endsWith('everyRuleOff'));
if (blocked && sample) {
  const allPairs = score(sample) * (101000 / 2) / 500;
  rows.push(['5. near duplicates, 100,000 names + 1,000 typos', `${score(blocked).toFixed(0)} ms blocked`
    + (off ? ` (${score(off).toFixed(0)} ms with every rule off)` : '')
    + ` vs ~${(allPairs / 1000).toFixed(0)} s all pairs (${(allPairs / score(blocked)).toFixed(0)}x); ${recall}`, '100% recall, >= 100x',
    met(allPairs / score(blocked) >= 100 && [...recall.matchAll(/(\d+) of (\d+)/g)].every((m) => m[1] === m[2]))]);
}
for (const r of read('export.json')) {
  rows.push([`6. export ${r.params.format} at ${r.params.milestones}`, `${score(r).toFixed(0)} ms (${(score(r) * 1000 / r.params.milestones).toFixed(1)} us/record)`, 'linear in N', 'report']);
}
const l = read('load.json')[0];
if (l) {
  const alloc = l.secondaryMetrics['gc.alloc.rate.norm'];
  rows.push(['7. embedded catalog load (read with positions)', `${score(l).toFixed(1)} ms, ${(alloc.score / 1e6).toFixed(1)} MB allocated`, 'report', 'report']);
}
const c = read('check.json');
for (const shape of [...new Set(c.map((r) => r.params.shape))]) {
  const at = (mb) => c.find((r) => r.params.shape === shape && +r.params.megabytes === mb);
  const one = at(1);
  const ten = at(10);
  if (!one || !ten) continue;
  const ratio = score(ten) / 10 / score(one);
  rows.push([`8. check of a ${shape.toLowerCase()} timeline: time per MB at 1 MB and 10 MB`,
    `${score(one).toFixed(0)} ms/MB at 1 MB, ${(score(ten) / 10).toFixed(0)} ms/MB at 10 MB (${(score(ten) / 1000).toFixed(2)} s):`
    + ` 10 MB / 1 MB per MB ${ratio.toFixed(2)}`, 'linear: within 30%; 10 MB in about a second (<= 1.5 s)',
    met(Math.abs(ratio - 1) <= 0.3 && score(ten) <= 1500)]);
}
const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join(' | '));
JS
