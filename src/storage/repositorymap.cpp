#include "sightline/storage/repositorymap.h"

#include "repositoryrows.h"
#include "servermessage.h"
#include "sightline/core/mapsync.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sightline::storage {

namespace {

// Attempts of one edit when the server reports a serialization failure or a deadlock.
constexpr int kAttempts = 8;

bool retryable(const std::string& code) {
    return code == "40001" || code == "40P01";
}

} // namespace

RepositoryMap::RepositoryMap(Repository& repository, std::string map)
    : repository_(repository), name_(std::move(map)), model_(std::make_unique<core::Map>()),
      rows_(std::make_unique<RepositoryRows>()) {}

RepositoryMap::~RepositoryMap() = default;

core::Status RepositoryMap::open() {
    core::Status status;
    auto map = repository_.load(name_, revision_, status);
    return take(std::move(map), status);
}

core::Status RepositoryMap::reread() {
    core::Status status;
    auto map = repository_.read(name_, revision_, status);
    return take(std::move(map), status);
}

core::Status RepositoryMap::take(std::optional<core::MapData> map, const core::Status& status) {
    if (!map)
        return status;
    model_ = std::make_unique<core::Map>(std::move(*map));
    rows_ = std::make_unique<RepositoryRows>(model_->data());
    return {};
}

core::Status RepositoryMap::moveTo(const core::MapData& after, std::vector<core::ChangeEvent>& events) {
    events.clear();
    const auto subscription = model_->subscribe([&](const core::ChangeSet& changes) {
        events.insert(events.end(), changes.events.begin(), changes.events.end());
    });
    core::Status synced = core::syncMap(*model_, after);
    model_->unsubscribe(subscription);
    return synced;
}

core::Status RepositoryMap::catchUp() {
    core::Status status;
    const auto revisions = repository_.log(name_, revision_, status);
    if (!status)
        return status;
    if (revisions.empty())
        return {};
    // Every revision's operations in one go: the map is checked once, not once a revision.
    std::string ops = "[";
    for (const auto& r : revisions) {
        const std::string_view inner = std::string_view(r.ops).substr(1, r.ops.size() - 2);
        if (inner.find_first_not_of(" \n") == std::string_view::npos)
            continue;
        if (ops.size() > 1)
            ops += ',';
        ops += inner;
    }
    ops += ']';
    io::EditResult applied = io::applyEdits(model_->data(), ops);
    if (!applied.map)
        return reread(); // revisions this map cannot replay: read the whole map again
    std::vector<core::ChangeEvent> events;
    if (!moveTo(*applied.map, events))
        return reread();
    rows_->apply(rows_->changesFrom(*model_, events));
    revision_ = revisions.back().rev;
    return {};
}

core::Status RepositoryMap::catchUpLocked(long long current) {
    if (current == revision_)
        return {};
    if (auto s = catchUp(); !s)
        return s;
    if (revision_ != current)
        return reread();
    return {};
}

RepositoryMap::Outcome RepositoryMap::edit(const io::EditLine& line) {
    QSqlDatabase db = repository_.database();
    const QString map = QString::fromStdString(name_);
    for (int attempt = 0;; ++attempt) {
        auto failed = [&](const core::Status& s) -> std::optional<Outcome> {
            db.rollback();
            if (retryable(s.where()) && attempt + 1 < kAttempts)
                return std::nullopt;
            return Outcome{s.where() == "refused" ? Outcome::Refused : Outcome::Failed, revision_,
                           s.message()};
        };
        if (!db.isOpen() || !db.transaction()) {
            const QString why = serverMessage(db.lastError());
            return {Outcome::Failed, revision_,
                    "the connection to the repository is lost" +
                        (why.isEmpty() ? std::string() : ": " + why.toStdString())};
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sightline.lock_map(?)"));
        q.addBindValue(map);
        if (!q.exec() || !q.next()) {
            const QSqlError e = q.lastError();
            if (auto out = failed(
                    core::Status::error(serverMessage(e).toStdString(), e.nativeErrorCode().toStdString())))
                return *out;
            continue;
        }
        const long long current = q.value(0).toLongLong();
        q.finish();
        if (auto s = catchUpLocked(current); !s) {
            if (auto out = failed(s))
                return *out;
            continue;
        }
        if (line.ifVersion) {
            for (const auto& [entity, id] : io::editedEntities(line)) {
                // The repository's tables are named as the map format's arrays.
                const char* table = io::arrayOfEntity(entity);
                if (!table)
                    continue;
                q.prepare(QStringLiteral("SELECT version FROM sightline.%1 WHERE map = ? AND id = ?")
                              .arg(QLatin1String(table)));
                q.addBindValue(map);
                q.addBindValue(QString::fromStdString(id));
                if (q.exec() && q.next() && q.value(0).toLongLong() > *line.ifVersion) {
                    const std::string why = entity + " '" + id + "' was changed in revision " +
                                            std::to_string(q.value(0).toLongLong()) + ", after revision " +
                                            std::to_string(*line.ifVersion);
                    db.rollback();
                    return {Outcome::Refused, revision_, why};
                }
            }
        }
        io::EditResult applied = io::applyEdits(model_->data(), line.ops);
        if (!applied.map) {
            db.rollback();
            return {Outcome::Refused, revision_, applied.error};
        }
        // The model moves to the result first; when the write does not go through, the map is
        // read again from the server (what it holds), as after any failure.
        std::vector<core::ChangeEvent> events;
        if (auto s = moveTo(*applied.map, events); !s) {
            db.rollback();
            if (auto reopened = open(); !reopened)
                return {Outcome::Failed, revision_, reopened.message()};
            return {Outcome::Refused, revision_, s.message()};
        }
        const RepositoryRows::Changes changes = rows_->changesFrom(*model_, events);
        if (changes.empty()) {
            db.rollback();
            return {Outcome::Applied, revision_, {}}; // nothing to change: no revision
        }
        core::Status written = rows_->writeChanges(db, map, changes);
        if (written && !db.commit()) {
            const QSqlError e = db.lastError();
            written = core::Status::error(serverMessage(e).toStdString(), e.nativeErrorCode().toStdString());
        }
        if (!written) {
            auto out = failed(written); // rolls back
            if (auto s = open(); !s && !out)
                return {Outcome::Failed, revision_, s.message()};
            if (out)
                return *out;
            continue;
        }
        rows_->apply(changes);
        revision_ = current + 1;
        return {Outcome::Applied, revision_, {}};
    }
}

} // namespace sightline::storage
