#include "sightline/storage/repositorydocument.h"

#include "repositoryrows.h"
#include "servermessage.h"
#include "sightline/core/mapsync.h"
#include "sightline/storage/repository.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sightline::storage {

namespace {

bool isConnectionLoss(const core::Status& s, const Repository& repo) {
    return !s.ok() && s.where() != "refused" && !repo.isConnected();
}

// What the server says this session's role is in the map.
bool isViewerOnly(Repository& repo, const QString& map) {
    QSqlQuery q(repo.database());
    q.prepare(QStringLiteral("SELECT sightline.is_facilitator(?) OR EXISTS (SELECT 1 FROM sightline.grants g "
                             "JOIN pg_roles r ON r.rolname = g.role WHERE g.map = ? AND g.access = 'editor' "
                             "AND pg_has_role(session_user, r.oid, 'MEMBER'))"));
    q.addBindValue(map);
    q.addBindValue(map);
    return q.exec() && q.next() && !q.value(0).toBool();
}

} // namespace

RepositoryDocument::OpenResult RepositoryDocument::open(const RepositoryAddress& address) {
    OpenResult result;
    if (address.map.isEmpty()) {
        result.error = QStringLiteral("The address names no map.");
        return result;
    }
    core::Status status;
    auto repo = Repository::connect(address, status, QStringLiteral("sightline-editor:") + address.map);
    if (!repo) {
        result.error = QString::fromStdString(status.message());
        result.needsPassword = result.error.contains(QLatin1String("password"), Qt::CaseInsensitive);
        return result;
    }
    long long revision = 0;
    auto data = repo->load(address.map.toStdString(), revision, status);
    if (!data) {
        result.error = QString::fromStdString(status.message());
        return result;
    }
    result.document.reset(new RepositoryDocument(std::move(repo), address, std::move(*data), revision));
    return result;
}

RepositoryDocument::RepositoryDocument(std::unique_ptr<Repository> repository, RepositoryAddress address,
                                       core::MapData data, long long revision)
    : repository_(std::move(repository)), address_(std::move(address)), map_(std::move(data)),
      revision_(revision), rows_(std::make_unique<RepositoryRows>(map_.data())) {
    viewer_ = isViewerOnly(*repository_, address_.map);
    repository_->database().driver()->subscribeToNotification(QStringLiteral("sightline"));
    subscription_ = map_.subscribe([this](const core::ChangeSet&) { onChange(); });
}

RepositoryDocument::~RepositoryDocument() {
    map_.unsubscribe(subscription_);
}

bool RepositoryDocument::hasUnsentEdits() const {
    return pending_;
}

QSqlDriver* RepositoryDocument::notifier() const {
    return connected_ ? repository_->database().driver() : nullptr;
}

void RepositoryDocument::report(const QString& message) {
    if (onError_)
        onError_(message);
}

void RepositoryDocument::onChange() {
    if (applyingRemote_)
        return; // other people's revisions are not written back
    pending_ = true;
    if (!connected_) {
        report(QStringLiteral("Not connected to the repository: the change is kept and written when the "
                              "connection is back."));
        return;
    }
    if (core::Status s = push(); !s)
        report(QString::fromStdString(s.message()));
}

core::Status RepositoryDocument::push() {
    QSqlDatabase db = repository_->database();
    const QString map = address_.map;
    const RepositoryRows after(map_.data());
    if (after == *rows_) {
        pending_ = false;
        return {};
    }
    if (!db.transaction()) {
        connected_ = repository_->isConnected();
        return core::Status::error(
            "The connection to the repository is lost: the change is kept and written when "
            "it is back.");
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sightline.lock_map(?)"));
    q.addBindValue(map);
    core::Status status;
    if (!q.exec() || !q.next())
        status = core::Status::error(serverMessage(q.lastError()).toStdString(),
                                     q.lastError().nativeErrorCode().toStdString());
    const long long current = status ? q.value(0).toLongLong() : 0;
    q.finish();
    std::vector<std::pair<std::string, std::string>> stale;
    if (status && current != revision_)
        stale = rows_->staleRows(db, map, after, revision_, status);
    if (status && !stale.empty()) {
        // Someone else changed these rows first: theirs stand, the user's are kept aside.
        db.rollback();
        QStringList what;
        for (const auto& [description, json] : stale) {
            conflicts_.push_back({QString::fromStdString(description), QString::fromStdString(json)});
            what << QString::fromStdString(description);
        }
        pending_ = false;
        if (core::Status s = applyServerState(); !s)
            return s;
        return core::Status::error(("Someone else changed " + what.join(QStringLiteral(", ")) +
                                    " first: their version is shown, yours is kept as a conflict.")
                                       .toStdString(),
                                   "conflict");
    }
    if (status)
        status = rows_->writeChanges(db, map, after);
    if (status && !db.commit())
        status = core::Status::error(serverMessage(db.lastError()).toStdString());
    if (!status) {
        db.rollback();
        if (isConnectionLoss(status, *repository_)) {
            connected_ = false;
            return core::Status::error(
                "The connection to the repository is lost: the change is kept and written "
                "when it is back.");
        }
        // Refused by the server: the map shows what the server holds again.
        pending_ = false;
        if (core::Status s = applyServerState(); !s)
            return s;
        return status;
    }
    pending_ = false;
    *rows_ = after;
    if (current == revision_) {
        revision_ = current + 1;
        return {};
    }
    return applyServerState(); // others committed meanwhile: bring their changes in
}

core::Status RepositoryDocument::applyServerState() {
    core::Status status;
    long long revision = 0;
    auto data = repository_->load(address_.map.toStdString(), revision, status);
    if (!data) {
        connected_ = repository_->isConnected();
        return status;
    }
    applyingRemote_ = true;
    const core::Status synced = core::syncMap(map_, *data);
    applyingRemote_ = false;
    revision_ = revision;
    *rows_ = RepositoryRows(map_.data());
    if (onRemote_)
        onRemote_();
    return synced;
}

core::Status RepositoryDocument::pullRemote(bool* changed) {
    if (changed)
        *changed = false;
    if (!connected_)
        return core::Status::error("not connected to the repository");
    QSqlQuery q(repository_->database());
    q.prepare(QStringLiteral("SELECT rev FROM sightline.maps WHERE name = ?"));
    q.addBindValue(address_.map);
    if (!q.exec() || !q.next()) {
        connected_ = repository_->isConnected();
        return core::Status::error(serverMessage(q.lastError()).toStdString());
    }
    if (q.value(0).toLongLong() == revision_)
        return {};
    if (changed)
        *changed = true;
    return applyServerState();
}

core::Status RepositoryDocument::reconnect() {
    core::Status status;
    auto repo = Repository::connect(address_, status, QStringLiteral("sightline-editor:") + address_.map);
    if (!repo)
        return status;
    repository_ = std::move(repo);
    repository_->database().driver()->subscribeToNotification(QStringLiteral("sightline"));
    connected_ = true;
    if (pending_)
        if (core::Status s = push(); !s)
            return s;
    return pullRemote();
}

QStringList RepositoryDocument::presence() const {
    QStringList out;
    if (!connected_)
        return out;
    QSqlQuery q(repository_->database());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT usename::text FROM pg_stat_activity WHERE datname = current_database() "
        "AND application_name = ? AND pid <> pg_backend_pid() ORDER BY 1"));
    q.addBindValue((QStringLiteral("sightline-editor:") + address_.map).left(60));
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace sightline::storage
