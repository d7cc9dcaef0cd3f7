#!/usr/bin/env bash
# Builds the sandbox root filesystem without a container registry: debootstrap a
# minimal Debian from the machine's configured mirror, add the test tools, and
# write a tarball that `docker import` (or docker-py's import_image) turns into
# the image. Every input that changes the result lives in this file or in
# recipe.env, so their hash is the image's cache key.
set -euo pipefail

out_tar=${1:?usage: build-rootfs.sh OUT.tar}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=recipe.env
. "$here/recipe.env"

mirror=${HEALER_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  # Reuse the host's configured Debian mirror (deb822 or one-line sources).
  mirror=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
           | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
  mirror=${mirror:-http://deb.debian.org/debian}
fi

for tool in debootstrap tar python3; do
  command -v "$tool" >/dev/null || { echo "build-rootfs: '$tool' is required (apt-get install $tool)" >&2; exit 3; }
done
[ "$(id -u)" = 0 ] || { echo "build-rootfs: debootstrap needs root" >&2; exit 3; }

work=$(mktemp -d /var/tmp/healer-rootfs.XXXXXX)
trap 'rm -rf "$work"' EXIT
root="$work/root"

debootstrap --variant=minbase "$DEBIAN_SUITE" "$root" "$mirror"
# The tools go in with apt inside the new root, not with debootstrap's --include:
# debootstrap's resolver ignores virtual packages, and Debian's npm depends on
# several (node-cli-table3, node-cssesc, ... are only Provides of other packages),
# so it would leave npm unconfigured. apt resolves them from the same mirror.
# No Recommends, as with --include and the Dockerfile.
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
chroot "$root" apt-get update -q
chroot "$root" apt-get install -y -q --no-install-recommends ${DEBIAN_PACKAGES//,/ }
chroot "$root" apt-get clean
# npm's global configuration: nothing in the sandbox should phone home. The update
# notifier, funding messages and audit all contact the registry on every command.
printf 'update-notifier=false\nfund=false\naudit=false\n' > "$root/etc/npmrc"

# Take ruff's pinned static binary from its wheel: the distribution's ruff (if any) lags
# behind the version the host lints with, and the two must agree on every finding.
python3 -m pip download --quiet --no-deps --only-binary=:all: \
  --platform manylinux2014_x86_64 --dest "$work/wheels" "ruff==$RUFF_VERSION"
python3 - "$work/wheels" "$root/usr/local/bin/ruff" <<'PY'
import pathlib, sys, zipfile
wheel = next(pathlib.Path(sys.argv[1]).glob("ruff-*.whl"))
with zipfile.ZipFile(wheel) as zf:
    name = next(n for n in zf.namelist() if n.endswith("/scripts/ruff"))
    pathlib.Path(sys.argv[2]).write_bytes(zf.read(name))
PY
chmod 0755 "$root/usr/local/bin/ruff"

# The unprivileged user every test command runs as.
echo "sandbox:x:$SANDBOX_UID:$SANDBOX_UID:sandbox:/tmp:/usr/sbin/nologin" >> "$root/etc/passwd"
echo "sandbox:x:$SANDBOX_UID:" >> "$root/etc/group"
# No setuid/setgid binaries: nothing in the image can raise privileges even if
# no-new-privileges were ever lost.
find "$root" -xdev -perm /6000 -type f -exec chmod ug-s {} +
mkdir -p "$root/stage" "$root/work" "$root/deps"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* \
       "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/*

tar --numeric-owner -C "$root" -cf "$out_tar" .
