#pragma once

#include <string>
#include <utility>

namespace sightline::core {

// The outcome of an operation in any layer: ok, or refused with a message a person can read
// and, when the problem is in one place, where: a JSON Pointer into a map ("/nodes/3/title"),
// the option of an operation ("dpi"), a file. The message does not name how a front end spells
// that place: the command line words it as a flag (--dpi), a dialog as its field. A refused
// operation changes nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    static Status error(std::string message, std::string where = {}) {
        return Status(std::move(message), std::move(where));
    }

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const std::string& message() const { return message_; }
    const std::string& where() const { return where_; }

private:
    Status(std::string message, std::string where)
        : message_(std::move(message)), where_(std::move(where)), failed_(true) {}
    std::string message_;
    std::string where_;
    bool failed_ = false;
};

} // namespace sightline::core
