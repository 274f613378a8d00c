#!/usr/bin/env bash
# The command-line jar for the GitHub Action, kept in a cache folder with its class data sharing archive:
# the released jar from Maven Central for a version tag (v1.2.3), otherwise built from the action's own source.
#   MILESTONES_REF    the action's ref (github.action_ref): v1.2.3, a branch or a commit
#   ACTION_PATH       the action's checkout (github.action_path)
#   MILESTONES_CACHE  where the jar and its archive are kept between runs (actions/cache restores it)
# Prints jar=PATH and archive=PATH (for $GITHUB_OUTPUT).
set -euo pipefail
ref=${MILESTONES_REF:-main}
cache=${MILESTONES_CACHE:?MILESTONES_CACHE: where to keep the jar}
cache=${cache/#\~/$HOME}  # as the workflow writes it
mkdir -p "$cache"
jar="$cache/milestones.jar"
archive="$cache/milestones.jsa"
if [ ! -f "$jar" ]; then
  if [[ "$ref" =~ ^v([0-9]+\.[0-9]+\.[0-9]+.*)$ ]] && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
      -Dartifact="io.github.aimilestones:milestones-cli:${BASH_REMATCH[1]}:jar:cli" -DoutputDirectory="$cache" \
      -Dmdep.stripVersion=true -Dmdep.stripClassifier=true >&2 2>/dev/null; then
    mv "$cache/milestones-cli.jar" "$jar"
  else
    echo "no release for $ref on Maven Central: building the command line from the action's source" >&2
    mvn -B -q -f "${ACTION_PATH:?ACTION_PATH: where the action is checked out}/pom.xml" -DskipTests -Dinvoker.skip \
      -pl milestones-cli -am package >&2
    cp "$ACTION_PATH/milestones-cli/target/milestones.jar" "$jar"
  fi
fi
if [ ! -f "$archive" ]; then
  # Written once by a run on the embedded dataset; every later start maps it (docs/performance.md).
  java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" validate >/dev/null 2>&1 || true
fi
echo "jar=$jar"
echo "archive=$archive"
