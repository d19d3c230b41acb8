#include "sightline/storage/repository.h"

#include "repositoryreader.h"
#include "repositoryrows.h"
#include "repositoryschema.h"
#include "servermessage.h"
#include "sightline/io/jsonmapreader.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sightline::storage {

namespace {

QAtomicInt connectionCounter;

core::Status failure(const QSqlError& e, const char* doing) {
    return core::Status::error(std::string(doing) + ": " + serverMessage(e).toStdString(),
                               e.nativeErrorCode().toStdString());
}

std::string text(const QVariant& v) {
    return v.toString().toStdString();
}

// A statement with bound values; false with `status` set when it fails.
bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values, core::Status& status,
          const char* doing) {
    bool ok = false;
    if (values.isEmpty())
        ok = q.exec(sql); // statements such as SET TRANSACTION cannot be prepared
    else {
        ok = q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (ok)
        return true;
    status = failure(q.lastError(), doing);
    return false;
}

bool isAccess(const std::string& access) {
    return access == "facilitator" || access == "editor" || access == "viewer";
}

} // namespace

Repository::Repository(RepositoryAddress address)
    : address_(std::move(address)),
      connectionName_(
          QStringLiteral("sightline-repository-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {}

Repository::~Repository() {
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
}

std::unique_ptr<Repository> Repository::connect(const RepositoryAddress& address, core::Status& status,
                                                const QString& applicationName) {
    std::unique_ptr<Repository> repo(new Repository(address));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        status = core::Status::error("Qt's PostgreSQL driver (QPSQL) is not installed: on Debian, install "
                                     "libqt6sql6-psql");
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), repo->connectionName_);
    db.setDatabaseName(address.database);
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    // libpq's quoting: the name may hold spaces (a map's name); PostgreSQL keeps 63 bytes of it.
    QString quotedName = applicationName.left(60);
    quotedName.replace(QLatin1Char(';'), QLatin1Char(' ')); // QPSQL splits its options at ';'
    quotedName.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name='%1'").arg(quotedName)};
    for (const auto& [key, value] : address.options)
        options << key + QLatin1Char('=') + value;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        status = core::Status::error("cannot connect to " + address.display().toStdString() + ": " +
                                     serverMessage(db.lastError()).toStdString());
        return nullptr;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET search_path = pg_catalog"));
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    status = {};
    return repo;
}

QSqlDatabase Repository::database() const {
    return QSqlDatabase::database(connectionName_, false);
}

bool Repository::isConnected() const {
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1"));
}

int Repository::schemaVersion(core::Status& status) const {
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("SELECT to_regclass('sightline.schema_version') IS NOT NULL"), {}, status,
              "reading the schema version") ||
        !q.next())
        return 0;
    if (!q.value(0).toBool())
        return 0;
    if (!exec(q, QStringLiteral("SELECT max(version) FROM sightline.schema_version"), {}, status,
              "reading the schema version") ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

core::Status Repository::init() {
    core::Status status;
    const int current = schemaVersion(status);
    if (!status)
        return status;
    const int supported = repositorySchemaVersion();
    if (current > supported)
        return core::Status::error("the database holds repository schema version " + std::to_string(current) +
                                   "; this Sightline knows version " + std::to_string(supported) +
                                   " at most: use a newer Sightline");
    QSqlDatabase db = database();
    if (!db.transaction())
        return failure(db.lastError(), "starting the upgrade");
    QSqlQuery q(db);
    bool ok = q.exec(QString::fromUtf8(repositoryRoles()));
    const auto migrations = repositoryMigrations();
    for (int v = current; ok && v < supported; ++v)
        ok = q.exec(QString::fromUtf8(migrations[static_cast<std::size_t>(v)])) &&
             q.exec(QStringLiteral("UPDATE sightline.schema_version SET version = %1").arg(v + 1));
    if (!ok) {
        status = failure(q.lastError(), "creating the repository schema");
        db.rollback();
        return status;
    }
    if (!db.commit())
        return failure(db.lastError(), "creating the repository schema");
    return {};
}

std::vector<Repository::MapInfo> Repository::maps(core::Status& status) const {
    std::vector<MapInfo> out;
    QSqlQuery q(database());
    if (!exec(q,
              QStringLiteral(
                  "SELECT name, rev, to_char(changed AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                  "changed_by FROM sightline.maps ORDER BY name"),
              {}, status, "listing the maps"))
        return out;
    while (q.next())
        out.push_back({text(q.value(0)), q.value(1).toLongLong(), text(q.value(2)), text(q.value(3))});
    return out;
}

core::Status Repository::grant(const std::string& map, const std::string& role, const std::string& access,
                               const std::string& team) {
    if (!isAccess(access))
        return core::Status::error("access is facilitator, editor or viewer, not '" + access + "'");
    if ((access == "editor") != !team.empty())
        return core::Status::error(access == "editor" ? "an editor is granted a team: add --team"
                                                      : "only editors are granted a team");
    QSqlDatabase db = database();
    core::Status status;
    if (!db.transaction())
        return failure(db.lastError(), "granting");
    QSqlQuery q(db);
    const QString quoted = db.driver()->escapeIdentifier(QString::fromStdString(role), QSqlDriver::FieldName);
    if (!exec(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {QString::fromStdString(role)},
              status, "granting") ||
        !q.next()) {
        db.rollback();
        return status ? core::Status::error("there is no database role named '" + role + "'") : status;
    }
    if (!exec(q,
              QStringLiteral("INSERT INTO sightline.grants (map, role, access, team) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"),
              {QString::fromStdString(map), QString::fromStdString(role), QString::fromStdString(access),
               QString::fromStdString(team)},
              status, "granting") ||
        !exec(q, QStringLiteral("GRANT sightline_%1 TO %2").arg(QString::fromStdString(access), quoted), {},
              status, "granting")) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return failure(db.lastError(), "granting");
    return {};
}

core::Status Repository::revoke(const std::string& map, const std::string& role, const std::string& access,
                                const std::string& team) {
    if (!isAccess(access))
        return core::Status::error("access is facilitator, editor or viewer, not '" + access + "'");
    core::Status status;
    QSqlQuery q(database());
    if (!exec(q,
              QStringLiteral("DELETE FROM sightline.grants WHERE map = ? AND role = ? AND access = ? "
                             "AND (? = '' OR team = ?)"),
              {QString::fromStdString(map), QString::fromStdString(role), QString::fromStdString(access),
               QString::fromStdString(team), QString::fromStdString(team)},
              status, "revoking"))
        return status;
    if (q.numRowsAffected() == 0)
        return core::Status::error("'" + role + "' has no such grant on map '" + map +
                                   "' (or you may not change it)");
    return {};
}

std::vector<Repository::Revision> Repository::log(const std::string& map, long long since,
                                                  core::Status& status) const {
    std::vector<Revision> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!exec(q,
              QStringLiteral(
                  "SELECT l.rev, to_char(l.time AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                  "l.\"user\", coalesce((SELECT jsonb_agg(o.op ORDER BY o.seq) FROM sightline.log_ops o "
                  "WHERE o.map = l.map AND o.rev = l.rev), '[]')::text "
                  "FROM sightline.log l WHERE l.map = ? AND l.rev > ? ORDER BY l.rev"),
              {QString::fromStdString(map), since}, status, "reading the revision log"))
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), text(q.value(1)), text(q.value(2)), text(q.value(3))});
    return out;
}

std::optional<core::MapData> Repository::load(const std::string& map, long long& revision,
                                              core::Status& status) const {
    QSqlDatabase db = database();
    if (!db.transaction()) {
        status = failure(db.lastError(), "reading the map");
        return std::nullopt;
    }
    QSqlQuery q(db);
    std::optional<core::MapData> result;
    if (exec(q, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {}, status,
             "reading the map"))
        result = read(map, revision, status);
    db.rollback();
    return result;
}

std::optional<core::MapData> Repository::read(const std::string& map, long long& revision,
                                              core::Status& status) const {
    QSqlDatabase db = database();
    const auto json = readMapDocument(db, QString::fromStdString(map), revision, status);
    if (!json)
        return std::nullopt;
    io::ReadResult read = io::readMapJson(*json);
    if (!read.ok()) {
        status = core::Status::error("the repository's map '" + map + "' is not valid: " +
                                     (read.errors.empty() ? std::string() : read.errors.front().toString()));
        return std::nullopt;
    }
    return std::move(read.map);
}

core::Status Repository::upload(const std::string& map, const core::MapData& data, bool replace) {
    QSqlDatabase db = database();
    if (!db.transaction())
        return failure(db.lastError(), "uploading the map");
    core::Status status;
    QSqlQuery q(db);
    const QString name = QString::fromStdString(map);
    bool ok =
        exec(q, QStringLiteral("SELECT 1 FROM sightline.maps WHERE name = ?"), {name}, status, "uploading");
    const bool exists = ok && q.next();
    if (ok && exists && !replace)
        status = core::Status::error("the repository already has a map named '" + map +
                                         "': choose another name, or replace it",
                                     "exists");
    else if (ok && exists)
        ok = exec(q, QStringLiteral("SELECT sightline.drop_map(?)"), {name}, status, "replacing the map");
    if (status && ok)
        ok = exec(q, QStringLiteral("SELECT sightline.create_map(?)"), {name}, status, "creating the map");
    if (status && ok)
        status = RepositoryRows().writeChanges(db, name, RepositoryRows(data), true);
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return failure(db.lastError(), "uploading the map");
    return {};
}

core::Status Repository::commitChanges(const std::string& map, const core::MapData& before,
                                       const core::MapData& after) {
    QSqlDatabase db = database();
    if (!db.transaction())
        return failure(db.lastError(), "writing the map");
    core::Status status;
    QSqlQuery q(db);
    const QString name = QString::fromStdString(map);
    if (exec(q, QStringLiteral("SELECT sightline.lock_map(?)"), {name}, status, "writing the map"))
        status = RepositoryRows(before).writeChanges(db, name, RepositoryRows(after));
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return failure(db.lastError(), "writing the map");
    return {};
}

} // namespace sightline::storage
