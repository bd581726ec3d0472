// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/hostfacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// Supabase's self-hosted releases as Supadesk knows them: before self-hosted/v0.8.0 the gateway is Kong
// (service `kong`, KONG_HTTP_PORT/KONG_HTTPS_PORT); from v0.8.0 it is Envoy (service `api-gw`,
// API_GW_HTTP_PORT), and older trees can switch to Envoy with the docker-compose.envoy.yml overlay.
enum class ReleaseLayout { Unknown, Kong, Envoy };

// A port a compose service publishes on the host, after ${VAR} substitution from the .env.
struct PublishedPort
{
    QString service;
    QString hostAddress; // "0.0.0.0" when the file names none (every interface)
    int hostPort = 0;    // 0: Docker picks one
    int containerPort = 0;
    QString text; // as written in the file, e.g. "${POSTGRES_PORT}:5432"
    int line = 0; // 1-based, in `file`
    QString file;

    // True when the port is reachable from other machines (Docker bypasses ufw for it).
    bool isPublic() const;
    bool operator==(const PublishedPort &) const = default;
};

// One compose file as read from the install directory.
struct ComposeFile
{
    QString name; // relative to the install directory, e.g. "docker-compose.yml"
    QString text;
};

// What the server's compose file(s) and .env say about the stack: the release layout, the gateway and
// its port, the pooler and its port, the PostgreSQL image, and which overlays are active.
struct StackLayout
{
    ReleaseLayout release = ReleaseLayout::Unknown;
    QString gatewayService;      // "kong", "api-gw"; empty when neither is there
    QString gatewayPortVariable; // "KONG_HTTP_PORT", "API_GW_HTTP_PORT"
    int gatewayPort = 0;         // the variable's value in .env (or the published port); 0: unknown

    PoolerKind pooler = PoolerKind::Unknown;
    QString poolerService; // "supavisor", "pgbouncer"
    // Supavisor's transaction port: POOLER_PROXY_PORT_TRANSACTION, 6543 when unset; 0 without a pooler.
    int poolerPort = 0;
    int postgresPort = 0; // POSTGRES_PORT (5432 when unset)

    QString postgresImage; // e.g. "supabase/postgres:15.8.1.085"
    int postgresMajor = 0; // from the image tag; 0: unknown

    QStringList composeFiles;       // the files Compose reads, in order (COMPOSE_FILE or the defaults)
    QStringList overlays;           // those beyond docker-compose.yml, e.g. "docker-compose.caddy.yml"
    QStringList availableOverlays;  // docker-compose.*.yml present in the directory but not read
    QStringList missingFiles;       // named by COMPOSE_FILE but not found
    QStringList services;           // of the active files, in file order, each once
    QHash<QString, QString> images; // service → image (the last file that sets it wins)
    QList<PublishedPort> published; // of the active files

    bool isKnown() const { return !composeFiles.isEmpty() && missingFiles.size() < composeFiles.size(); }
    bool hasService(const QString &name) const { return services.contains(name); }
};

// Reads a StackLayout from compose file texts and the .env's values. Pure; never fails (what cannot be
// told stays unknown).
class StackLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StackLayoutReader)

public:
    // `files`: every compose file found in the install directory (docker-compose*.yml/yaml,
    // compose*.yml/yaml), active or not; `env`: the .env's unquoted values.
    static StackLayout read(const QList<ComposeFile> &files, const QHash<QString, QString> &env);

    // The files Compose reads: COMPOSE_FILE split on COMPOSE_PATH_SEPARATOR (":" by default), else
    // compose.yaml/compose.yml/docker-compose.yaml/docker-compose.yml (the first found) and its override.
    static QStringList activeFiles(const QStringList &present, const QHash<QString, QString> &env);

    // ${VAR}, ${VAR:-default}, ${VAR-default} and $VAR replaced from `env`.
    static QString substitute(const QString &text, const QHash<QString, QString> &env);

    // The PostgreSQL major version of an image reference: "supabase/postgres:15.8.1.085" → 15.
    static int postgresMajorOf(const QString &image);

    // The remote command that prints every compose file of `installDir` as "@@file NAME" sections,
    // and the parser of its output.
    static QString readCommand(const QString &installDir);
    static QList<ComposeFile> parseReadOutput(const QByteArray &output);

    // The newest layout and PostgreSQL major Supadesk knows (self-hosted/v0.8.0: Envoy, PostgreSQL 17).
    static ReleaseLayout newestRelease() { return ReleaseLayout::Envoy; }
    static int newestPostgresMajor() { return 17; }
    static QString releaseName(ReleaseLayout layout); // translated
};

} // namespace supadesk
