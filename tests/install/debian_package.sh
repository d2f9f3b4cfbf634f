#!/bin/sh
# The Debian package as a user gets it: `cpack -G DEB` in a build tree, its control fields and
# lintian checked, then installed with `apt-get install ./teipress_*.deb` into a clean Debian root
# made by debootstrap (only the package and what it depends on and recommends), where `teipress
# build` makes an edition from a scratch copy of the sample sources and `teipress validate` passes
# its TEI. Nothing of the checkout or the build tree is inside that root.
#
# usage: debian_package.sh BUILD_DIR SOURCE_DIR
# Needs root, debootstrap, dpkg-deb, lintian and the Debian mirror the machine's apt uses
# (TEIPRESS_DEBIAN_MIRROR overrides it). .ci/run calls it after the test suite; it takes minutes.
set -eu
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

[ "$(id -u)" = 0 ] || missing "debootstrap and chroot need root"
for tool in debootstrap dpkg-deb lintian cpack; do
  command -v "$tool" >/dev/null || missing "$tool is not installed"
done

# ---- the package ----
work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-deb-XXXXXX")
root=$work/root
cleanup() {
  for mount in "$root/var/cache/apt/archives" "$root/proc"; do
    ! mountpoint -q "$mount" 2>/dev/null || umount "$mount"
  done
  # Never follow a mount that could not be undone into the host's files.
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
set -- "$work"/package/teipress_*.deb
[ -f "$1" ] || fail "cpack made no teipress_*.deb"
deb=$1
echo "package: $(basename "$deb"), $(wc -c <"$deb") bytes"
dpkg-deb --field "$deb" Package Version Section Depends Recommends Suggests

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Section)" = text ] || fail "Section is '$(field Section)', not text"
# Depends as dpkg-shlibdeps found them in the binary.
for library in libxml2 libxslt1.1 libboost-filesystem1.74.0 libtomlplusplus3 libssl3 libc6 libstdc++6; do
  field Depends | tr ',' '\n' | grep -q "^ *$library\( \|$\)" || fail "Depends lacks $library: $(field Depends)"
done
for recommended in fop default-jre-headless fonts-noto-core fonts-dejavu-core fonts-dejavu-extra; do
  field Recommends | grep -q "$recommended" || fail "Recommends lacks $recommended"
done
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/teipress ./usr/share/teipress/schemas/edition.rng ./usr/share/teipress/xslt/print/fop.xconf \
  ./usr/share/man/man1/teipress.1.gz ./usr/share/man/man1/teipress-build.1.gz \
  ./usr/share/bash-completion/completions/teipress ./usr/share/zsh/vendor-completions/_teipress \
  ./usr/share/doc/teipress/copyright ./usr/share/doc/teipress/changelog.gz; do
  echo "$contents" | grep -q " $path\$" || fail "the package lacks $path"
done

# lintian: errors and warnings fail; the informational tags are listed.
lintian --display-info --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || {
  cat "$work/lintian.log"
  fail "lintian"
}
grep '^[EWI]:' "$work/lintian.log" || echo "lintian: no tags"

# ---- a clean Debian root ----
mirror=${TEIPRESS_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)\/\{0,1\}$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
fi
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
# The machine's package cache serves debootstrap and apt inside the root: what it already has is
# not downloaded again.
cache=/var/cache/apt/archives
echo "debootstrap $suite from $mirror"
debootstrap --variant=minbase --cache-dir="$cache" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
  tail -n 30 "$work/debootstrap.log"
  fail "debootstrap"
}
mount -t proc proc "$root/proc"
mount --bind "$cache" "$root/var/cache/apt/archives"
mkdir -p "$root/tmp/package" "$root/tmp/edition/tei"
cp "$deb" "$root/tmp/package/"
cp -R "$source_dir/sources" "$root/tmp/edition/sources"
cp -R "$source_dir/tei/authority" "$root/tmp/edition/tei/authority"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update in the root"; }
in_root sh -c "cd /tmp/package && apt-get install -y -qq ./$(basename "$deb")" >>"$work/apt.log" 2>&1 || {
  tail -n 40 "$work/apt.log"
  fail "apt-get install ./$(basename "$deb")"
}
echo "installed in the clean root: $(in_root dpkg-query -W -f '${Package} ${Version}' teipress)," \
  "$(in_root dpkg-query -W -f '${binary:Package}\n' | wc -l) packages in all"

# ---- an edition, built and validated with the installed package only ----
in_root sh -eu -c '
  fail() { echo "debian_package.sh: FAIL (in the clean root): $*" >&2; exit 1; }
  [ "$(command -v teipress)" = /usr/bin/teipress ] || fail "teipress is not /usr/bin/teipress"
  teipress --version | grep -qx "data: /usr/share/teipress (installed)" || fail "--version: $(teipress --version)"
  cd /tmp/edition
  teipress build --jobs 2 >build.log 2>&1 || { cat build.log; fail "teipress build"; }
  tail -n 1 build.log
  for file in output/html/index.html output/html/113009.html output/print/113009.pdf output/print/edition.pdf; do
    [ -s "$file" ] || fail "the build did not write $file"
  done
  teipress validate tei/*.xml || fail "teipress validate"
  [ -s /usr/share/man/man1/teipress.1.gz ] || fail "no man page"
  [ -s /usr/share/bash-completion/completions/teipress ] || fail "no bash completion"
  echo "clean Debian root: teipress build and validate passed"
'
