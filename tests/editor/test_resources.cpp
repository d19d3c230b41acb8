// ui/ and resources/: the icons are compiled in, every toolbar action and dock has one that
// draws something, and the dialogs come from their Designer forms.
#include "docks/personform.h"
#include "docks/perspectiveseditor.h"
#include "helpers.h"
#include "icons.h"
#include "recoverydialog.h"

#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QToolBar>
#include <QWidgetAction>
#include <catch2/catch.hpp>

using namespace testing;
using namespace sightline;

namespace {

// True when the icon paints at least one visible pixel at 24 x 24.
bool draws(const QIcon& icon) {
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

} // namespace

TEST_CASE("every icon of resources/sightline.qrc is compiled in and draws") {
    editor::initResources();
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    CHECK(files.size() >= 18);
    CHECK(files.contains(QStringLiteral("sightline.svg"))); // the application icon
    for (const QString& f : files) {
        INFO(f.toStdString());
        CHECK(draws(QIcon(QStringLiteral(":/icons/") + f)));
    }
}

TEST_CASE("the tool bars' actions and the docks carry icons") {
    Editor e(smallMap());
    int toolbars = 0;
    for (QToolBar* bar : e.window->findChildren<QToolBar*>()) {
        ++toolbars;
        for (QAction* a : bar->actions()) {
            if (a->isSeparator() || a->text().isEmpty() || qobject_cast<QWidgetAction*>(a))
                continue;
            INFO(bar->objectName().toStdString() << ": " << a->text().toStdString());
            CHECK(draws(a->icon()));
        }
    }
    CHECK(toolbars >= 2);
    CHECK(draws(e.window->windowIcon()));
    const auto docks = e.window->findChildren<QDockWidget*>();
    CHECK(docks.size() >= 6);
    for (QDockWidget* d : docks) {
        INFO(d->windowTitle().toStdString());
        CHECK(draws(d->windowIcon()));
    }
}

TEST_CASE("the recovery dialog is built from ui/recoverydialog.ui") {
    editor::RecoveryDialog dialog({{QStringLiteral("/tmp/a.rmap"), QStringLiteral("Bank strategy"),
                                    QStringLiteral("3 results"), QDateTime::currentDateTime()}});
    REQUIRE(dialog.findChild<QTableWidget*>(QStringLiteral("table")) == dialog.table());
    CHECK(dialog.table()->columnCount() == 4);
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(dialog.windowTitle() == QStringLiteral("Recover untitled maps"));
    CHECK(dialog.choices() == std::vector{editor::RecoveryDialog::Choice::Recover});
}

TEST_CASE("the person fields and the perspectives list are built from their forms") {
    editor::PersonForm person;
    auto* email = person.findChild<QLineEdit*>(QStringLiteral("person:email"));
    REQUIRE(email == person.emailEdit());
    CHECK(email->placeholderText() == QStringLiteral("name@example.org"));
    auto* label = person.findChild<QLabel*>(QStringLiteral("emailLabel"));
    REQUIRE(label);
    CHECK(label->buddy() == email); // from ui/personform.ui

    editor::Document document(smallMap());
    editor::PerspectivesState state;
    editor::PerspectivesEditor perspectives(document, state);
    CHECK(perspectives.list()->count() == static_cast<int>(document.map().perspectives().size()));
    for (const char* name : {"perspective:add", "perspective:up", "perspective:down", "perspective:remove"})
        CHECK(perspectives.findChild<QPushButton*>(QLatin1String(name)));
    REQUIRE(perspectives.addPerspective(QStringLiteral("Community")));
    CHECK(document.map().perspectives().back().name == "Community");
}
