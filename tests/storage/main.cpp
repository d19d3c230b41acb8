#define CATCH_CONFIG_RUNNER
#include "crashchild.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstring>

int main(int argc, char** argv) {
    // Untitled maps go to a data location of the test's own, never the user's.
    // The crash test's child inherits the parent's.
    const bool child = argc >= 2 && std::strcmp(argv[1], sightline::storage::test::kCrashChildArgument) == 0;
    QTemporaryDir dataHome;
    if (!child)
        qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sightline"));
    QCoreApplication::setApplicationName(QStringLiteral("sightline-storage-test"));
    if (child)
        return sightline::storage::test::crashChild(argc, argv);
    return Catch::Session().run(argc, argv);
}
