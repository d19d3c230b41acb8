#include "catchsession.h"
#include "crashchild.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstring>

int main(int argc, char** argv) {
    // Untitled maps go to a data location of the test's own, never the user's.
    // The crash test's child inherits the parent's.
    using namespace sightline::storage::test;
    const char* mode = argc >= 2 ? argv[1] : "";
    const bool child = std::strcmp(mode, kCrashChildArgument) == 0 ||
                       std::strcmp(mode, kHoldChildArgument) == 0 ||
                       std::strcmp(mode, kReadChildArgument) == 0;
    QTemporaryDir dataHome;
    if (!child)
        qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sightline"));
    QCoreApplication::setApplicationName(QStringLiteral("sightline-storage-test"));
    if (std::strcmp(mode, kCrashChildArgument) == 0)
        return crashChild(argc, argv);
    if (std::strcmp(mode, kHoldChildArgument) == 0)
        return holdChild(argc, argv);
    if (std::strcmp(mode, kReadChildArgument) == 0)
        return readChild(argc, argv);
    return sightline::test::runCatch(argc, argv);
}
