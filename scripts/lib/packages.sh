# SPDX-License-Identifier: GPL-3.0-or-later
# Debian 12 packages Supadesk needs. Sourced by scripts/install-deps.
# shellcheck shell=bash
# shellcheck disable=SC2034
BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-translations-l10n
  # qt6-charts-dev's CMake package needs these, but Debian 12 does not make it depend on them.
  libqt6opengl6-dev libxkbcommon-dev
  libqt6sql6-psql libqt6sql6-sqlite libgl-dev
  libssh-dev qtkeychain-qt6-dev libpq-dev
  libbenchmark-dev appstream desktop-file-utils
  # Manual pages are made from --help at build time.
  help2man
  # PostgreSQL's own lexer, the reference tests/core/tst_sqllexer.cpp checks the SQL lexer against.
  libpg-query-dev
  # EXPLAIN JSON is read in one pass (src/core/plan/planjsonparser.cpp); the runtime library comes by shlibdeps.
  libsimdjson-dev
)
RUNTIME_PACKAGES=(
  postgresql-15 postgresql-contrib postgresql-client-15 postgresql-15-hypopg
  openssh-server openssh-client
  # scripts/demo puts PgBouncer in front of its database, as the pooler the Dashboard reads.
  pgbouncer
  gnome-keyring dbus dbus-user-session libsecret-tools
  fonts-noto-core
)
TEST_PACKAGES=(
  ufw iproute2 docker-compose shellcheck poppler-utils python3-jwt sudo
  xauth
  # The uptime probe script calls curl (on the server, and in the probe tests here).
  curl
  # tests/packaging/check-deb.sh checks the .deb as Debian would, and its bash completion.
  lintian bash-completion
  # TLS tests: both proxy choices, certbot, and Let's Encrypt's test ACME server, all on loopback.
  caddy nginx certbot pebble
  # The SMTP sink the alert tests deliver e-mail to.
  python3-aiosmtpd
  # Encrypted backups: the key pair, the nightly script's encryption and the drill's decryption.
  gpg gpg-agent
)
# What scripts/package needs besides the build: the package check and the fresh-root check.
PACKAGING_PACKAGES=(
  lintian bash-completion mmdebstrap
)
