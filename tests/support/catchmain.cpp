// main() of the test executables whose layer needs nothing before Catch runs.
#include "catchsession.h"

int main(int argc, char** argv) {
    return sightline::test::runCatch(argc, argv);
}
