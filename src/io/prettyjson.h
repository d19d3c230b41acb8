#pragma once

// A small streaming writer of pretty-printed JSON (2 spaces, one member or element a line,
// empty containers as [] and {}), used by the map writer. Strings are escaped as JSON needs;
// invalid UTF-8 is replaced by U+FFFD so that the output is always valid.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sightline::io {

class PrettyJson {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view k);

    void string(std::string_view s);
    void number(double d);
    void integer(std::int64_t i);
    void boolean(bool b);
    void null();

    // Shortest text that reads back as the same double; integral values without ".0".
    static std::string formatNumber(double d);

    std::string take();

private:
    void beforeValue();
    void newline();
    void close(char bracket);
    void quoted(std::string_view s);

    std::string out_;
    std::vector<bool> hasItems_; // per open container
    bool afterKey_ = false;
};

} // namespace sightline::io
