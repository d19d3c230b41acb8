// Edit > Preferences…: a Designer form (ui/preferencesdialog.ui) whose choices are saved in the
// settings and applied: snapping and grouping at once, the language at the next start.
#include "helpers.h"
#include "preferencesdialog.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/preferences.h"
#include "sightline/editor/translations.h"
#include "sightline/editor/viewcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace sightline;

namespace {

// Puts the preferences back as they were, also when a check fails.
struct KeepPreferences {
    editor::Preferences saved = editor::Preferences::load();
    QStringList recent = QSettings().value(QStringLiteral("documents/recent")).toStringList();
    ~KeepPreferences() {
        saved.save();
        QSettings().setValue(QStringLiteral("documents/recent"), recent);
    }
};

editor::PreferencesDialog* openDialog(editor::MainWindow& window) {
    window.actions().preferences->trigger();
    return window.findChild<editor::PreferencesDialog*>(QStringLiteral("preferencesDialog"));
}

} // namespace

TEST_CASE("Preferences is in the Edit menu and comes from its form", "[editor][preferences]") {
    const KeepPreferences keep;
    testing::Editor e(testing::smallMap());
    const auto menus = e.window->menuBar()->actions();
    const auto edit =
        std::find_if(menus.begin(), menus.end(), [](QAction* a) { return a->text() == "&Edit"; });
    REQUIRE(edit != menus.end());
    CHECK((*edit)->menu()->actions().contains(e.window->actions().preferences));
    editor::PreferencesDialog* dialog = openDialog(*e.window);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->isModal());
    for (const char* name : {"language", "snapToGrid", "groupTeams", "clearRecent", "buttons"})
        CHECK(dialog->findChild<QWidget*>(QLatin1String(name)));
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
    QStringList offered;
    for (int i = 0; i < language->count(); ++i)
        offered << language->itemText(i);
    INFO(offered.join(QLatin1String(", ")).toStdString());
    // Each language is named in itself, so the user finds theirs whatever the menus speak.
    CHECK(offered.contains(QStringLiteral("Deutsch")));
    CHECK(offered.contains(QStringLiteral("English")) +
              offered.contains(QStringLiteral("American English")) ==
          1);
    dialog->reject();
}

TEST_CASE("OK saves and applies the preferences; Cancel changes nothing", "[editor][preferences]") {
    const KeepPreferences keep;
    editor::Preferences start;
    start.save();
    QSettings().setValue(QStringLiteral("documents/recent"), QStringList{QStringLiteral("/tmp/a.rmap")});
    testing::Editor e(testing::smallMap());
    REQUIRE(e.window->documents().recentFiles().size() == 1);
    REQUIRE_FALSE(e.window->actions().snapToGrid->isChecked());

    SECTION("OK") {
        editor::PreferencesDialog* dialog = openDialog(*e.window);
        REQUIRE(dialog);
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog->findChild<QCheckBox*>(QStringLiteral("snapToGrid"))->setChecked(true);
        dialog->findChild<QCheckBox*>(QStringLiteral("groupTeams"))->setChecked(true);
        dialog->findChild<QPushButton*>(QStringLiteral("clearRecent"))->click();
        CHECK(e.window->documents().recentFiles().size() == 1); // only when OK is pressed
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok)
            ->click();

        CHECK(e.window->actions().snapToGrid->isChecked());
        CHECK(e.window->views().groupTeamsAction()->isChecked());
        CHECK(e.window->documents().recentFiles().isEmpty());
        CHECK_FALSE(e.window->documents().recentMenu()->isEnabled());
        const editor::Preferences saved = editor::Preferences::load();
        CHECK(saved.language == QStringLiteral("de"));
        CHECK(saved.snapToGrid);
        CHECK(saved.groupTeams);
        // What the application does at start with it (src/app/main.cpp).
        const editor::Translations translations(saved.locale());
        CHECK(translations.language() == QStringLiteral("de"));
    }
    SECTION("Cancel") {
        editor::PreferencesDialog* dialog = openDialog(*e.window);
        REQUIRE(dialog);
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog->findChild<QCheckBox*>(QStringLiteral("snapToGrid"))->setChecked(true);
        dialog->findChild<QPushButton*>(QStringLiteral("clearRecent"))->click();
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Cancel)
            ->click();

        CHECK_FALSE(e.window->actions().snapToGrid->isChecked());
        CHECK(e.window->documents().recentFiles().size() == 1);
        CHECK(editor::Preferences::load().language.isEmpty());
    }
}

TEST_CASE("a language the build does not have falls back to the desktop's", "[editor][preferences]") {
    const KeepPreferences keep;
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    CHECK(editor::Preferences::load().language.isEmpty());
    CHECK(editor::Preferences::load().locale() == QLocale::system());
}

TEST_CASE("the first start opens the window maximised; later starts as the user left it",
          "[editor][preferences]") {
    QSettings().remove(QStringLiteral("window/geometry"));
    {
        editor::MainWindow first;
        CHECK(first.isFirstStart());
        first.showAsStarted();
        CHECK(first.windowState().testFlag(Qt::WindowMaximized));
        first.showNormal();
        first.resize(1200, 800);
        first.close(); // saves the geometry
    }
    REQUIRE(QSettings().contains(QStringLiteral("window/geometry")));
    editor::MainWindow later;
    CHECK_FALSE(later.isFirstStart());
    later.showAsStarted();
    CHECK_FALSE(later.windowState().testFlag(Qt::WindowMaximized));
    later.close();
}
