#!/usr/bin/env bash
# Exports the hostile fixtures, merged into one catalog, in every format and both languages into DIR, with the
# main job's file names, for check-exports.mjs. The fixtures: names with :, #, |, %, quotes, <script>, =cmd, emoji
# and very long text (milestones-export's hostile-catalog.json, also behind its golden files); ids, tags, people and
# source titles that look like formulas, headings, list items, links and Mermaid directives
# (fixtures/hostile-fields.json). Needs the command-line jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: export-hostile.sh DIR}
jar=milestones-cli/target/milestones.jar
mkdir -p "$out"
fixtures=(milestones-export/src/test/resources/io/github/aimilestones/export/hostile-catalog.json
  tools/consumers/fixtures/hostile-fields.json)
# The fixtures are not valid catalogs on purpose: export them anyway where export would refuse them.
force=()
help=$(java -jar "$jar" export --help)
if [[ $help == *--force* ]]; then force=(--force); fi
java -jar "$jar" export "${force[@]}" --format json --output "$out/catalog.json" "${fixtures[@]}"
for lang in en zh; do
  for format in timeline-json:timeline.$lang.json csv:milestones.$lang.csv markdown:milestones.$lang.md \
      mermaid:timeline.$lang.mmd timelinejs:timelinejs.$lang.json html:timeline.$lang.html; do
    java -jar "$jar" export "${force[@]}" --format "${format%%:*}" --lang "$lang" --output "$out/${format#*:}" "${fixtures[@]}"
  done
done
