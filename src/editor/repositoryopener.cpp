#include "repositoryopener.h"

#include "sightline/storage/repository.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QObject>

namespace sightline::editor {

bool RepositoryOpener::complete(QWidget* parent, storage::RepositoryAddress& address, std::string& error) {
    core::Status status;
    auto repo = storage::Repository::connect(address, status);
    if (!repo &&
        QString::fromStdString(status.message()).contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, QObject::tr("Open from Repository"),
            QObject::tr("Password of %1 on %2:")
                .arg(address.user.isEmpty() ? QObject::tr("your login") : address.user, address.database),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        address.password = password;
        repo = storage::Repository::connect(address, status);
    }
    if (!repo) {
        error = status.message();
        return false;
    }
    if (!address.map.isEmpty())
        return true;
    const auto maps = repo->maps(status);
    if (!status) {
        error = status.message();
        return false;
    }
    if (maps.empty()) {
        error = QObject::tr("%1 holds no map that you may open.").arg(address.database).toStdString();
        return false;
    }
    QStringList names;
    for (const auto& m : maps)
        names << QString::fromStdString(m.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, QObject::tr("Open from Repository"),
                                                 QObject::tr("Map:"), names, 0, false, &ok);
    if (!ok)
        return false;
    address.map = chosen;
    return true;
}

} // namespace sightline::editor
