#include "repositorylink.h"

#include "sightline/editor/document.h"
#include "sightline/storage/repositorydocument.h"

#include <QLabel>
#include <QSqlDriver>
#include <QVariant>

namespace sightline::editor {

namespace {

// How often the link looks at presence and, while disconnected, tries the server again.
constexpr int kIntervalMs = 3000;

} // namespace

RepositoryLink::RepositoryLink(Document& document, QLabel* status)
    : QObject(&document), document_(document), status_(status) {
    wasReadOnly_ = document_.isReadOnly();
    listen();
    timer_.setInterval(kIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &RepositoryLink::refresh);
    timer_.start();
    // A write that fails because the server went away turns the map read-only at once.
    // A conflict kept changes what File > Repository Conflicts offers.
    connect(&document_, &Document::errorOccurred, this, [this] {
        checkState();
        showStatus();
        Q_EMIT stateChanged();
    });
    showStatus();
}

void RepositoryLink::checkState() {
    if (document_.isReadOnly() != wasReadOnly_) {
        wasReadOnly_ = document_.isReadOnly();
        Q_EMIT stateChanged();
    }
}

void RepositoryLink::listen() {
    QSqlDriver* driver = document_.repository()->notifier();
    if (!driver || driver == listening_)
        return;
    listening_ = driver;
    const QString prefix = document_.repository()->address().map + QLatin1Char(':');
    connect(driver, &QSqlDriver::notification, this,
            [this, prefix](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (channel == QLatin1String("sightline") && payload.toString().startsWith(prefix))
                    refresh();
            });
}

void RepositoryLink::refresh() {
    storage::RepositoryDocument& repo = *document_.repository();
    if (!repo.isConnected())
        (void)repo.reconnect(); // failing is normal while the server is away: tried again later
    else
        (void)repo.pullRemote(); // a failure is reported through the document's error handler
    listen();
    checkState();
    showStatus();
}

void RepositoryLink::showStatus() {
    if (!status_)
        return;
    const storage::RepositoryDocument& repo = *document_.repository();
    QString text = tr("%1 · %2").arg(repo.address().map, repo.address().database);
    if (!repo.isConnected())
        text += tr(" · not connected, retrying");
    else {
        text += tr(" · revision %1").arg(repo.revision());
        const QStringList others = repo.presence();
        if (!others.isEmpty())
            text += tr(" · also open: %1").arg(others.join(QStringLiteral(", ")));
    }
    if (!repo.conflicts().empty())
        text += tr(" · %n conflict(s) kept", nullptr, static_cast<int>(repo.conflicts().size()));
    status_->setText(text);
    status_->setToolTip(repo.address().display());
}

} // namespace sightline::editor
