#pragma once
// Catch2's session, for a test executable's main(). Catch::Session is declared only where
// Catch's implementation is compiled (catchsession.cpp, once for all executables).
namespace sightline::test {

// Runs the test cases the command line selects, as Catch::Session().run(argc, argv) does.
int runCatch(int argc, char** argv);

} // namespace sightline::test
