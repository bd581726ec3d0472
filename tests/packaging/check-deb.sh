#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the build directory with cpack and checks what a user installs:
# lintian reports no error, every promised file is in it, binaries are stripped, and only what the
# programs really need is a hard dependency.
# Usage: tests/packaging/check-deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
command -v lintian >/dev/null || fail "lintian is missing: apt-get install lintian"

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || fail "cpack: $(tail -5 "$out/cpack.log")"
deb=$(find "$out" -maxdepth 1 -name 'supadesk_*_amd64.deb' | head -1)
[ -n "$deb" ] || fail "cpack made no supadesk_*_amd64.deb in $out"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/files"
for file in /usr/bin/supadesk /usr/bin/supadesk-cli \
    /usr/share/applications/org.supadesk.Supadesk.desktop \
    /usr/share/metainfo/org.supadesk.Supadesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.supadesk.Supadesk.svg \
    /usr/share/supadesk/translations/supadesk_ka.qm \
    /usr/share/supadesk/probe/supadesk-uptime-probe.sh /usr/share/supadesk/probe/supadesk-uptime-probe.timer \
    /usr/share/man/man1/supadesk.1.gz /usr/share/man/man1/supadesk-cli.1.gz \
    /usr/share/bash-completion/completions/supadesk-cli \
    /usr/share/doc/supadesk/copyright /usr/share/doc/supadesk/changelog.gz; do
    grep -qx "$file" "$out/files" || fail "$file is not in the package"
done

dpkg-deb -x "$deb" "$out/root"
for binary in supadesk supadesk-cli; do
    if readelf -S "$out/root/usr/bin/$binary" | grep -q '\.debug_info'; then
        fail "/usr/bin/$binary is not stripped"
    fi
done
zcat "$out/root/usr/share/man/man1/supadesk-cli.1.gz" | grep -q '^\.SH' || fail "supadesk-cli.1 is no manual page"
zcat "$out/root/usr/share/man/man1/supadesk-cli.1.gz" | grep -q 'explain' || fail "supadesk-cli.1 lists no commands"

depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for needed in libsecret-1-0 libqt6sql6-psql libqt6sql6-sqlite libqt6charts6 libssh-4 libqt6keychain1; do
    [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed"
done
for optional in openssh-client postgresql-client fonts-noto-core qt6-wayland gpg; do
    # Whole package names: gpg is not libgpg-error0.
    [[ ", $depends," != *", $optional"[\ ,]* ]] || fail "$optional is a hard dependency; it belongs in Recommends"
    [[ ", $recommends," == *", $optional"[\ ,]* ]] || fail "Recommends lacks $optional"
done
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -gt 3 ] || fail "the package has no extended description"

lintian --fail-on error --suppress-tags-from-file "$source/packaging/lintian-overrides.txt" "$deb" | tee "$out/lintian.log" ||
    fail "lintian reports errors"
echo "lintian: $(grep -c '^E:' "$out/lintian.log" || true) errors, $(grep -c '^W:' "$out/lintian.log" || true) warnings"

# The bash completion offers the commands and options the program has.
if [ -f /usr/share/bash-completion/bash_completion ]; then
    result=$(PATH="$build/src:$PATH" bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        COMP_WORDS=(supadesk-cli ex); COMP_CWORD=1; COMP_LINE="supadesk-cli ex"; COMP_POINT=${#COMP_LINE}
        _supadesk_cli; echo "${COMPREPLY[*]}"
        COMP_WORDS=(supadesk-cli explain --j); COMP_CWORD=2; COMP_LINE="supadesk-cli explain --j"; COMP_POINT=${#COMP_LINE}
        _supadesk_cli; echo "${COMPREPLY[*]}"' _ "$out/root/usr/share/bash-completion/completions/supadesk-cli")
    [[ $result == *explain*--json* ]] || fail "bash completion offered: $result"
else
    fail "bash-completion is missing: apt-get install bash-completion"
fi
echo "The package is complete."
