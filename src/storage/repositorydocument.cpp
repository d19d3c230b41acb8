#include "sightline/storage/repositorydocument.h"

#include "repositoryrows.h"
#include "servermessage.h"
#include "sightline/core/mapsync.h"
#include "sightline/io/editscript.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/storage/repository.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <nlohmann/json.hpp>

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

// The database role this session is (the person's own login: approvals name them by it).
QString sessionLogin(Repository& repo) {
    QSqlQuery q(repo.database());
    return q.exec(QStringLiteral("SELECT session_user")) && q.next() ? q.value(0).toString() : QString();
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
    login_ = sessionLogin(*repository_);
    repository_->database().driver()->subscribeToNotification(QStringLiteral("sightline"));
    subscription_ = map_.subscribe([this](const core::ChangeSet& changes) { onChange(changes); });
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

void RepositoryDocument::onChange(const core::ChangeSet& changes) {
    if (applyingRemote_)
        return; // other people's revisions are not written back
    // What the edits touched, kept until the server acknowledges them (several edits while
    // the connection is down): only those rows are compared and written.
    unsent_.insert(unsent_.end(), changes.events.begin(), changes.events.end());
    pending_ = true;
    if (!connected_) {
        report(QStringLiteral("Not connected to the repository: the change is kept and written when the "
                              "connection is back."));
        return;
    }
    if (core::Status s = push(); !s)
        report(QString::fromStdString(s.message()));
}

void RepositoryDocument::forgetUnsent() {
    pending_ = false;
    unsent_.clear();
}

core::Status RepositoryDocument::push() {
    QSqlDatabase db = repository_->database();
    const QString map = address_.map;
    const RepositoryRows::Changes after = rows_->changesFrom(map_, unsent_);
    if (after.empty()) {
        forgetUnsent();
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
    std::vector<RepositoryRows::StaleRow> stale;
    if (status && current != revision_)
        stale = rows_->staleRows(db, map, after, revision_, status);
    if (status && !stale.empty()) {
        // Someone else changed these rows first: theirs stand, the user's are kept aside.
        db.rollback();
        QStringList what;
        for (const RepositoryRows::StaleRow& row : stale) {
            conflicts_.push_back({QString::fromStdString(row.description), row.entity, row.id, row.json});
            what << QString::fromStdString(row.description);
        }
        forgetUnsent();
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
        forgetUnsent();
        if (core::Status s = applyServerState(); !s)
            return s;
        return status;
    }
    forgetUnsent();
    rows_->apply(after);
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

core::Status RepositoryDocument::reapply(std::size_t index) {
    if (index >= conflicts_.size())
        return core::Status::error("no such conflict");
    const Conflict conflict = conflicts_[index];
    if (conflict.entity.empty())
        return core::Status::error(conflict.what.toStdString() + " cannot be re-applied from here");
    nlohmann::json ops = nlohmann::json::array();
    if (conflict.yours.empty())
        ops.push_back({{"op", "remove-" + conflict.entity}, {"id", conflict.id}});
    else {
        // Field by field from the map as it is now to the user's version.
        const nlohmann::json mine = nlohmann::json::parse(conflict.yours);
        const nlohmann::json now = nlohmann::json::parse(io::writeMapJson(map_.data()));
        nlohmann::json current;
        for (const auto& e : now.value(io::arrayOfEntity(conflict.entity), nlohmann::json::array()))
            if (e.value("id", "") == conflict.id)
                current = e;
        if (current.is_null())
            ops.push_back({{"op", "add-" + conflict.entity}, {conflict.entity, mine}});
        else {
            for (auto it = mine.begin(); it != mine.end(); ++it)
                if (it.key() != "id" && (!current.contains(it.key()) || current[it.key()] != it.value()))
                    ops.push_back({{"op", "set"},
                                   {"entity", conflict.entity},
                                   {"id", conflict.id},
                                   {"field", it.key()},
                                   {"value", it.value()}});
            for (auto it = current.begin(); it != current.end(); ++it)
                if (it.key() != "values" && !mine.contains(it.key()))
                    ops.push_back({{"op", "set"},
                                   {"entity", conflict.entity},
                                   {"id", conflict.id},
                                   {"field", it.key()},
                                   {"value", nullptr}});
        }
    }
    io::EditResult result = io::applyEdits(map_.data(), ops.dump());
    if (!result.map)
        return core::Status::error(result.error);
    conflicts_.erase(conflicts_.begin() + static_cast<long>(index));
    // Through the model as the user's own edit: written through by onChange().
    return core::syncMap(map_, *result.map);
}

void RepositoryDocument::dismiss(std::size_t index) {
    if (index < conflicts_.size())
        conflicts_.erase(conflicts_.begin() + static_cast<long>(index));
}

} // namespace sightline::storage
