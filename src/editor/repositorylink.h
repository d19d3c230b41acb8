#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QSqlDriver;

namespace sightline::editor {

class Document;

// Keeps an open repository map live (docs/repository.md): applies other people's revisions as
// their notifications arrive, shows the repository, the revision and who else has the map open
// in a status-bar label, notices a lost connection and reconnects on its own. Owned by the
// Document it serves (it goes with it).
class RepositoryLink : public QObject {
    Q_OBJECT
public:
    RepositoryLink(Document& document, QLabel* status);

    // Applies what others committed, reconnects when needed, refreshes the label (the timer calls
    // it every few seconds; notifications call it at once).
    void refresh();

Q_SIGNALS:
    // The document's read-only state may have changed (connection lost or back).
    void stateChanged();

private:
    void listen();
    void checkState();
    void showStatus();
    Document& document_;
    QPointer<QLabel> status_;
    QTimer timer_;
    QPointer<QSqlDriver> listening_;
    bool wasReadOnly_ = false;
};

} // namespace sightline::editor
