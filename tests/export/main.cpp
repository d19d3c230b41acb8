// One QApplication for the whole executable, on the offscreen platform.
#include "catchsession.h"

#include <QApplication>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return sightline::test::runCatch(argc, argv);
}
