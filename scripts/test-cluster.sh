#!/usr/bin/env bash
# `npm run test:cluster`: starts a three-node Galera cluster with HAProxy in front
# (scripts/galera-cluster.sh), runs test/cluster against it — answers compared with the one-server
# MariaDB on 3306 — and stops the cluster, whatever the outcome. Needs root (packages, `mysql` user).
set -euo pipefail
cd "$(dirname "$0")/.."
script=scripts/galera-cluster.sh
bash "$script" destroy >/dev/null 2>&1 || true
trap 'bash "$script" destroy' EXIT
bash "$script" start
TEST_DATABASE_URL="mysql://frontera:frontera@127.0.0.1:3310" \
  CLUSTER_SINGLE_URL="${CLUSTER_SINGLE_URL:-mysql://frontera:frontera@127.0.0.1:3306}" \
  TEST_SCHEMA_TAG="${TEST_SCHEMA_TAG:-cluster}" \
  npx jest --selectProjects cluster --runInBand "$@"
