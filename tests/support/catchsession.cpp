// Catch2's implementation, compiled once for every test executable (it takes longer to compile
// than any test file). Each executable's main() calls runCatch (catchmain.cpp, or a main.cpp of
// its own where the layer needs a QApplication or child processes).
#define CATCH_CONFIG_RUNNER
#include "catchsession.h"

#include <catch2/catch.hpp>

int sightline::test::runCatch(int argc, char** argv) {
    return Catch::Session().run(argc, argv);
}
