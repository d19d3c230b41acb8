// The editor in German: resources/translations/sightline_de.ts, compiled into the editor, picked
// by the locale (LANG, LANGUAGE) when the editor starts (sightline::editor::Translations).
#include "helpers.h"
#include "sightline/editor/preferences.h"
#include "sightline/editor/translations.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QToolBar>
#include <catch2/catch.hpp>
#include <iostream>

using namespace sightline;

namespace {

QStringList menuTitles(const QMainWindow& window) {
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* a : actions)
        titles << a->text();
    return titles;
}

QStringList dockTitles(const QMainWindow& window) {
    QStringList titles;
    const auto docks = window.findChildren<QDockWidget*>();
    for (const QDockWidget* d : docks)
        titles << d->windowTitle();
    return titles;
}

// The menu titles of an editor started by this executable with `environment` (the locale as the
// user's session sets it), read by the hidden test below in that process.
QStringList menusUnder(const QStringList& environment) {
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    for (const QString& setting : environment)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.menus-child]")});
    REQUIRE(child.waitForFinished(60000));
    REQUIRE(child.exitCode() == 0);
    QStringList titles;
    const auto lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.startsWith(QLatin1String("menu: ")))
            titles << line.mid(6);
    return titles;
}

} // namespace

TEST_CASE("a German locale gives German menus, docks and actions", "[editor][i18n]") {
    editor::Translations german(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE(german.language() == QLatin1String("de"));
    testing::Editor e(testing::exampleMap());
    const QStringList menus = menuTitles(*e.window);
    INFO(menus.join(QLatin1String(", ")).toStdString());
    CHECK(menus.mid(0, 5) == QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                         QStringLiteral("&Einfügen"), QStringLiteral("&Anordnen"),
                                         QStringLiteral("A&nsicht")});
    const QStringList docks = dockTitles(*e.window);
    INFO(docks.join(QLatin1String(", ")).toStdString());
    for (const char* title : {"Eigenschaften", "Gliederung", "Übersicht", "Befunde", "Sichtlinie"})
        CHECK(docks.contains(QString::fromUtf8(title)));
    CHECK(e.window->actions().newMap->text() == QStringLiteral("&Neue Karte"));
}

TEST_CASE("without a translation for the locale the editor speaks English", "[editor][i18n]") {
    editor::Translations french(QLocale(QLocale::French, QLocale::France));
    CHECK(french.language().isEmpty());
    testing::Editor e(testing::smallMap());
    CHECK(menuTitles(*e.window).first() == QStringLiteral("&File"));
}

TEST_CASE("the editor follows LANG and LANGUAGE", "[editor][i18n]") {
    CHECK(menusUnder({QStringLiteral("LANG=de_DE.UTF-8")}).value(0) == QStringLiteral("&Datei"));
    CHECK(menusUnder({QStringLiteral("LANG=en_GB.UTF-8")}).value(0) == QStringLiteral("&File"));
    // LANGUAGE, the user's list of languages, comes before LANG.
    CHECK(menusUnder({QStringLiteral("LANG=en_GB.UTF-8"), QStringLiteral("LANGUAGE=de:en")}).value(0) ==
          QStringLiteral("&Datei"));
}

TEST_CASE("the language chosen in Preferences comes before the session's", "[editor][i18n][preferences]") {
    const editor::Preferences before = editor::Preferences::load();
    struct Restore {
        editor::Preferences p;
        ~Restore() { p.save(); }
    } restore{before};
    editor::Preferences german = before;
    german.language = QStringLiteral("de");
    german.save();
    CHECK(menusUnder({QStringLiteral("LANG=en_GB.UTF-8")}).value(0) == QStringLiteral("&Datei"));
    editor::Preferences english = before;
    english.language = QStringLiteral("en");
    english.save();
    CHECK(menusUnder({QStringLiteral("LANG=de_DE.UTF-8")}).value(0) == QStringLiteral("&File"));
}

// Run by the tests above in a process of its own: the editor as main.cpp starts it.
TEST_CASE("menus of an editor started with the session's locale", "[.menus-child]") {
    const editor::Translations translations(editor::Preferences::load().locale());
    testing::Editor e(testing::smallMap());
    for (const QString& title : menuTitles(*e.window))
        std::cout << "menu: " << title.toStdString() << '\n';
}
