#include "conflictresolver.h"

#include "sightline/editor/document.h"
#include "sightline/storage/repositorydocument.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace sightline::editor {

void ConflictResolver::run(QWidget* parent, Document& document) {
    storage::RepositoryDocument* repo = document.repository();
    if (!repo)
        return;
    while (!repo->conflicts().empty()) {
        QStringList items;
        for (const auto& c : repo->conflicts())
            items << c.what;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            parent, QObject::tr("Repository conflicts"),
            QObject::tr("Someone else changed these first; their version is in the map:"), items, 0, false,
            &ok);
        if (!ok)
            return;
        const auto index = static_cast<std::size_t>(items.indexOf(chosen));
        const auto& conflict = repo->conflicts()[index];
        QMessageBox box(QMessageBox::Question, QObject::tr("Repository conflicts"),
                        QObject::tr("Your version of %1:").arg(conflict.what), QMessageBox::Cancel, parent);
        box.setInformativeText(conflict.yours.empty() ? QObject::tr("(you removed it)")
                                                      : QString::fromStdString(conflict.yours));
        QPushButton* mine = box.addButton(QObject::tr("Re-apply mine"), QMessageBox::AcceptRole);
        QPushButton* theirs = box.addButton(QObject::tr("Keep theirs"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == mine) {
            if (core::Status s = repo->reapply(index); !s)
                QMessageBox::warning(parent, QObject::tr("Repository conflicts"),
                                     QString::fromStdString(s.message()));
        } else if (box.clickedButton() == theirs)
            repo->dismiss(index);
        else
            return;
    }
}

} // namespace sightline::editor
