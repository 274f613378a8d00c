#!/usr/bin/env bash
# The gate of the GitHub Action: annotations on the pull request, a SARIF file for code scanning, the exit code.
#   MILESTONES_JAR, MILESTONES_ARCHIVE   from fetch-jar.sh
#   FILES      catalog files or folders, globs allowed (expanded here)
#   FAIL_ON    error, warning or info
#   CONFIG     a configuration file, or empty
#   SARIF      where to write the SARIF report, or empty for none
set -euo pipefail
java_args=(-Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1)
[ -f "${MILESTONES_ARCHIVE:-}" ] && java_args+=(-XX:SharedArchiveFile="$MILESTONES_ARCHIVE")
options=(--fail-on "${FAIL_ON:-error}")
[ -n "${CONFIG:-}" ] && options+=(--config "$CONFIG")
# shellcheck disable=SC2206 # the files are globs, to be expanded
files=(${FILES:?FILES: the catalog files to validate})
if [ -n "${SARIF:-}" ]; then
  java "${java_args[@]}" -jar "$MILESTONES_JAR" validate --format sarif -o "$SARIF" "${options[@]}" "${files[@]}" >/dev/null || true
fi
exec java "${java_args[@]}" -jar "$MILESTONES_JAR" validate --format github "${options[@]}" "${files[@]}"
