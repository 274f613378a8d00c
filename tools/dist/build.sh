#!/usr/bin/env bash
# The self-contained distribution of the command line: a jlink runtime of only the modules the tool needs, the jar,
# an AOT cache (JDK 24+) or a class data sharing archive (JDK 17-23) made here, the launcher and the completion script.
#   tools/dist/build.sh [JDK]   JDK: the JDK whose runtime is bundled (default: Temurin 25 where installed, else
#                               JAVA_HOME); needs milestones-cli/target/milestones.jar (mvn package)
# Writes target/dist/ai-milestones-VERSION-linux-x64.tar.gz and prints its path.
set -euf -o pipefail  # -f: the options hold patterns such as *::* that are not file names
cd "$(dirname "$0")/../.."
jdk=${1:-}
if [ -z "$jdk" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] && { jdk=$candidate; break; }
  done
fi
[ -x "$jdk/bin/jlink" ] || { echo "no JDK with jlink: give one as the first argument" >&2; exit 2; }
jar=milestones-cli/target/milestones.jar
[ -f "$jar" ] || { echo "$jar is missing: run mvn package first" >&2; exit 2; }
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
name=ai-milestones-$version-linux-x64
out=target/dist
root=$out/$name
rm -rf "$root" "$out/$name.tar.gz"
mkdir -p "$root/bin" "$root/lib" "$root/completion"

# The runtime: the modules the jar needs (jdeps), nothing else.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release "$feature" "$jar")
# Not compressed: the tarball compresses it better, and the runtime starts faster.
"$jdk/bin/jlink" --add-modules "$modules" --output "$root/runtime" --strip-debug --no-header-files --no-man-pages
cp "$jar" "$root/lib/milestones.jar"
java="$root/runtime/bin/java"

# The start-up cache, made by validating the embedded dataset once with the bundled runtime and the launcher's options
# (the first JIT tier and the serial collector start fastest).
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if [ "$feature" -ge 24 ]; then
  # The class-file API (proxies, method handles) runs in bursts at start-up: compiling it cost more than it saved.
  fast="$fast -XX:CompileCommand=quiet -XX:CompileCommand=exclude,jdk.internal.classfile.*::*"
  fast="$fast -XX:CompileCommand=exclude,java.lang.classfile.*::*"
fi
if [ "$feature" -ge 25 ]; then
  cache=milestones.aot
  # The JVM that writes the cache is a child started through JAVA_TOOL_OPTIONS, which it announces on stderr.
  "$java" $fast -XX:AOTCacheOutput="$root/lib/$cache" -Xlog:aot=off -Xlog:cds=off -jar "$root/lib/milestones.jar" validate \
    >/dev/null 2>"$out/aot.log" || { cat "$out/aot.log" >&2; exit 1; }
  cache_option="\"-XX:AOTCache=\$home/lib/$cache\" -Xlog:aot=off"
else
  cache=milestones.jsa
  "$java" $fast -XX:ArchiveClassesAtExit="$root/lib/$cache" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$root/lib/milestones.jar" validate >/dev/null
  cache_option="\"-XX:SharedArchiveFile=\$home/lib/$cache\""
fi

cat > "$root/bin/milestones" <<LAUNCHER
#!/bin/sh
# AI Milestones $version: the bundled runtime (Java $feature), with the start-up cache made when it was built.
# The folder above bin/, found without starting a command unless the launcher is a symbolic link: each command a
# shell starts costs milliseconds (dirname twice: about 20 ms of each run).
bin=\$0; [ -L "\$bin" ] && bin=\$(readlink -f "\$bin")
case \$bin in */*) home=\${bin%/*}/.. ;; *) home=.. ;; esac
# Page faults are a tenth of a short run: a small first heap touches fewer pages, and huge pages where the kernel
# gives them on request (with "always" it gives them anyway).
thp=; read -r thp 2>/dev/null < /sys/kernel/mm/transparent_hugepage/enabled || true
case \$thp in *"[madvise]"*) thp=-XX:+UseTransparentHugePages ;; *) thp= ;; esac
set -f  # the options hold patterns such as *::* that are not file names
exec "\$home/runtime/bin/java" $cache_option -Xlog:cds=off $fast -Xms16m \$thp \\
  -jar "\$home/lib/milestones.jar" "\$@"
LAUNCHER
chmod 755 "$root/bin/milestones"
"$root/bin/milestones" generate-completion > "$root/completion/milestones.bash"
cp LICENSE "$root/LICENSE"
cp milestones-data/src/main/resources/META-INF/DATASET-LICENSE "$root/DATASET-LICENSE"
cat > "$root/README.txt" <<README
AI Milestones $version: the milestones command line, with its own Java runtime ($feature); no Java needed.

  bin/milestones --help
  bin/milestones validate data/*.json
  source completion/milestones.bash      # TAB completion in bash

Put bin/ on your PATH, or link bin/milestones from a folder that is. Documentation:
https://github.com/aimilestones/ai-milestones
README
tar -czf "$out/$name.tar.gz" -C "$out" "$name"
echo "$out/$name.tar.gz"
