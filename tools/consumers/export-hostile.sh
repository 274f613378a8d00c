#!/usr/bin/env bash
# Exports the hostile fixture (names with :, #, |, %, quotes, <script>, =cmd, emoji) in the formats that
# check-exports.mjs checks, into DIR. Needs the modules installed (mvn install).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: export-hostile.sh DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)  # absolute: Maven resolves relative paths against the module
mvn -q -B -pl milestones-cli dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"
classpath="milestones-cli/target/classes:$(cat "$out/classpath.txt")"
fixture=milestones-export/src/test/resources/io/github/aimilestones/export/hostile-catalog.json
for lang in en zh; do
  for format in mermaid:mmd timeline-json:json html:html; do
    java -cp "$classpath" io.github.aimilestones.cli.Main export --format "${format%%:*}" --lang "$lang" \
      --output "$out/timeline.$lang.${format##*:}" "$fixture"
  done
done
