// libFuzzer target: the JSON map reader (io::readMapJson) on arbitrary bytes (docs/fuzzing.md).
// Besides not crashing, hanging or leaking, a reader result must be all or nothing, and a map
// it accepts must write (io::writeMapJson) to text that reads back as the same map.
#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_json_map: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sightline::io;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ReadResult result = readMapJson(bytes);
    if (result.ok() != result.errors.empty())
        fail("a map and errors together, or neither");
    if (!result.ok())
        return 0;
    const std::string written = writeMapJson(*result.map);
    const ReadResult again = readMapJson(written);
    if (!again.ok()) {
        std::fprintf(stderr, "%s\n", written.c_str());
        for (const auto& e : again.errors)
            std::fprintf(stderr, "%s\n", e.toString().c_str());
        fail("the written map does not read back");
    }
    if (!(*again.map == *result.map))
        fail("the written map reads back as a different map");
    return 0;
}
