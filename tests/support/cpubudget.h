#pragma once
// Processor-time budgets of tests that check an algorithm is linear, not quadratic.
namespace sightline::test {

// Under AddressSanitizer (a Debug build with shadow memory) such loops run 5-10 times slower:
// the graph test's 200,000-node chain took 3.1 s there against a 3 s budget on a busy machine.
// Quadratic work stays hours over either budget.
#if defined(SIGHTLINE_SANITIZED) // cmake/SightlineTarget.cmake
inline constexpr double kCpuScale = 10.0;
#else
inline constexpr double kCpuScale = 1.0;
#endif

} // namespace sightline::test
