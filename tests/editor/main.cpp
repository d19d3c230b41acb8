// One QApplication for the whole executable, on the offscreen platform, with settings and data
// in a throw-away home. Started with --child-untitled it is instead the editor process that
// test_documents.cpp kills in the middle of work.
#include "catchsession.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstring>

int childUntitled(); // test_documents.cpp

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool child = argc > 1 && std::strcmp(argv[1], "--child-untitled") == 0;
    // A child process (this one killed mid-work, or the editor started with a locale by
    // test_translations.cpp) shares its parent's home, and so its settings.
    const bool sharesHome = child || (argc > 1 && std::strcmp(argv[1], "[.menus-child]") == 0);
    QTemporaryDir home;
    if (!sharesHome) {
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + "/config").toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + "/data").toUtf8());
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SightlineTests"));
    QApplication::setApplicationName(QStringLiteral("SightlineTests"));
    if (child)
        return childUntitled();
    return sightline::test::runCatch(argc, argv);
}
