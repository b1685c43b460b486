#!/usr/bin/env bash
# Prints the classpath of the compiled main and test classes with their dependencies, compiling them first.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null 2>&1; then
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
fi
echo "$PWD/target/test-classes:$PWD/target/classes:$(cat target/test-classpath.txt)"
