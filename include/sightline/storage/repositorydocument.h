#pragma once

#include "sightline/core/map.h"
#include "sightline/core/status.h"
#include "sightline/storage/repositoryaddress.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QSqlDriver;

namespace sightline::storage {

class Repository;
class RepositoryRows;

// A repository map open in the editor (repository.md): the core model, written through to the
// server on every ChangeSet as one revision (only the rows that changed), and brought up to date
// with other people's revisions by pullRemote(), which applies them through the model's own
// operations (core::syncMap) so that the scene and the analysis follow as for any edit.
//
// A write whose rows someone else changed since this document last saw them is not made: the
// other person's values are shown (pullRemote) and the user's are kept as a conflict. A write
// that fails because the connection went away is kept: the document turns read-only and
// reconnect() writes it when the server is back. Used from the thread that opened it.
class RepositoryDocument {
public:
    struct OpenResult {
        std::unique_ptr<RepositoryDocument> document; // null when refused
        QString error;                                // why, for a person to read
        bool needsPassword = false;                   // the server asked for a password
    };
    static OpenResult open(const RepositoryAddress& address);
    ~RepositoryDocument();
    RepositoryDocument(const RepositoryDocument&) = delete;
    RepositoryDocument& operator=(const RepositoryDocument&) = delete;

    core::Map& map() { return map_; }
    const core::Map& map() const { return map_; }
    const RepositoryAddress& address() const { return address_; }
    long long revision() const { return revision_; }

    // The database role this session connected as (session_user): the person with this login
    // is the one the server records as approver of a value (repository.md).
    const QString& login() const { return login_; }

    // The connection is up (false after a failed write until reconnect() succeeds).
    bool isConnected() const { return connected_; }
    // The role may not change anything in this map (a viewer), or the connection is down.
    bool isReadOnly() const { return viewer_ || !connected_; }
    // Local edits the server has not acknowledged (kept while the connection is down).
    bool hasUnsentEdits() const;

    // Applies the revisions others committed since revision(); true when the map changed.
    core::Status pullRemote(bool* changed = nullptr);
    // Connects again, writes the unsent edits, catches up. Refused while the server is away.
    core::Status reconnect();
    // The other sessions that have this map open (their database roles), for the status bar.
    QStringList presence() const;

    // An edit of the user's that was not written because someone else changed the same row first.
    struct Conflict {
        QString what;       // "node 'm-otif'"
        std::string entity; // "node", "link", "team", "person"; "" when it cannot be re-applied
        std::string id;
        std::string yours; // the user's version of the row (JSON); empty: the user removed it
    };
    const std::vector<Conflict>& conflicts() const { return conflicts_; }
    // Writes the user's version of conflict `index` over the current one (a new revision, made
    // through the model but not on the undo stack) and forgets the conflict. Refused when the
    // row cannot be re-applied or the result breaks a rule of the map format.
    core::Status reapply(std::size_t index);
    void dismiss(std::size_t index);

    // The driver of the connection: its notification() signal announces revisions ("MAP:REV" on
    // channel "sightline"); null when disconnected.
    QSqlDriver* notifier() const;
    // Called with a message whenever a write is refused, conflicts or fails.
    void setErrorHandler(std::function<void(const QString&)> handler) { onError_ = std::move(handler); }
    // Called after other people's changes were applied to the model (not on the undo stack).
    void setRemoteHandler(std::function<void()> handler) { onRemote_ = std::move(handler); }
    // True while other people's changes are being applied to the model: the ChangeSets the
    // model reports then are theirs.
    bool isApplyingRemote() const { return applyingRemote_; }

private:
    RepositoryDocument(std::unique_ptr<Repository> repository, RepositoryAddress address, core::MapData data,
                       long long revision);
    void onChange(const core::ChangeSet& changes);
    void forgetUnsent();
    core::Status push();
    core::Status applyServerState();
    void report(const QString& message);

    std::unique_ptr<Repository> repository_;
    RepositoryAddress address_;
    core::Map map_;
    long long revision_ = 0;
    std::unique_ptr<RepositoryRows> rows_; // the rows as the server has them (last acknowledged)
    bool connected_ = true;
    bool viewer_ = false;
    QString login_;
    bool applyingRemote_ = false;
    bool pending_ = false;
    std::vector<core::ChangeEvent> unsent_; // what the edits not yet acknowledged touched
    std::vector<Conflict> conflicts_;
    std::function<void(const QString&)> onError_;
    std::function<void()> onRemote_;
    core::Map::Subscription subscription_ = 0;
};

} // namespace sightline::storage
