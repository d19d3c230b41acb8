#include "catchsession.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // notifications need an event loop
    return sightline::test::runCatch(argc, argv);
}
