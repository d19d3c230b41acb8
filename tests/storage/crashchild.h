#pragma once

namespace sightline::storage::test {

// The test executable re-run as the crash test's child:
//   storage_tests --crash-child FILE SEED
// opens FILE, applies random edits (testmaps.h) seeded with SEED through the model with
// write-through, and after each edit that was written prints "ok N" on stdout, until killed.
inline constexpr const char* kCrashChildArgument = "--crash-child";
int crashChild(int argc, char** argv);

// storage_tests --hold-child FILE: opens FILE for writing, prints "ready" (or "readonly" when it
// could not take the map's lock), and keeps it open until its standard input closes.
inline constexpr const char* kHoldChildArgument = "--hold-child";
int holdChild(int argc, char** argv);

// storage_tests --read-child FILE: opens FILE (as a person who may not be able to write its
// folder) and prints "ok NODES readonly=0|1 recovered=0|1 TITLE" or "error MESSAGE".
inline constexpr const char* kReadChildArgument = "--read-child";
int readChild(int argc, char** argv);

} // namespace sightline::storage::test
