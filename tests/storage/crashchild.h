#pragma once

namespace sightline::storage::test {

// The test executable re-run as the crash test's child:
//   storage_tests --crash-child FILE SEED
// opens FILE, applies random edits (testmaps.h) seeded with SEED through the model with
// write-through, and after each edit that was written prints "ok N" on stdout, until killed.
inline constexpr const char* kCrashChildArgument = "--crash-child";
int crashChild(int argc, char** argv);

} // namespace sightline::storage::test
