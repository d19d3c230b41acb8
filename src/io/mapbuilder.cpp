#include "mapbuilder.h"

#include "mapkeys.h"
#include "sightline/core/text.h"

#include <cmath>
#include <limits>

namespace sightline::io {

namespace {

using Ctx = MapBuilder::Ctx;

int findKey(std::span<const std::string_view> table, std::string_view key) {
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i] == key)
            return static_cast<int>(i);
    return -1;
}

constexpr std::array<std::string_view, 3> kViewNames{"results", "strategy", "hierarchy"};

} // namespace

MapBuilder::MapBuilder() {
    frames_.reserve(kMaxDepth + 2);
    frames_.emplace_back(); // the root: holds the document's one value
}

std::string MapBuilder::describe(const Scalar& v) {
    switch (v.type) {
    case Scalar::Type::Null:
        return "null";
    case Scalar::Type::Boolean:
        return v.boolean ? "true" : "false";
    case Scalar::Type::Number:
        return "a number";
    case Scalar::Type::String:
        return "the string " + core::text::quoted(*v.text);
    }
    return "a value";
}

// ---- events -------------------------------------------------------------------------------

bool MapBuilder::null() {
    return scalar(Scalar{});
}

bool MapBuilder::boolean(bool value) {
    Scalar v;
    v.type = Scalar::Type::Boolean;
    v.boolean = value;
    return scalar(v);
}

bool MapBuilder::number_integer(number_integer_t value) {
    Scalar v;
    v.type = Scalar::Type::Number;
    v.number = static_cast<double>(value);
    v.integral = true;
    v.integer = value;
    return scalar(v);
}

bool MapBuilder::number_unsigned(number_unsigned_t value) {
    Scalar v;
    v.type = Scalar::Type::Number;
    v.number = static_cast<double>(value);
    v.integral = value <= static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max());
    v.integer = v.integral ? static_cast<std::int64_t>(value) : 0;
    return scalar(v);
}

bool MapBuilder::number_float(number_float_t value, const string_t&) {
    Scalar v;
    v.type = Scalar::Type::Number;
    v.number = value;
    // 1.0 and 1e2 are whole numbers too (for `version` and the integer settings).
    if (value == std::floor(value) && std::fabs(value) < 9.2e18) {
        v.integral = true;
        v.integer = static_cast<std::int64_t>(value);
    }
    return scalar(v);
}

bool MapBuilder::string(string_t& value) {
    Scalar v;
    v.type = Scalar::Type::String;
    v.text = &value;
    return scalar(v);
}

bool MapBuilder::start_object(std::size_t) {
    return startContainer(false);
}
bool MapBuilder::start_array(std::size_t) {
    return startContainer(true);
}
bool MapBuilder::end_object() {
    return endContainer();
}
bool MapBuilder::end_array() {
    return endContainer();
}

bool MapBuilder::parse_error(std::size_t position, const std::string& lastToken,
                             const nlohmann::detail::exception& e) {
    SyntaxError s;
    s.id = e.id;
    s.position = position;
    s.lastToken = lastToken;
    s.what = e.what();
    s.pointerKnown = frames_.size() > 1;
    if (s.pointerKnown)
        s.pointer = here();
    syntaxError_ = std::move(s);
    return false;
}

bool MapBuilder::scalar(Scalar v) {
    Frame& f = top();
    switch (f.ctx) {
    case Ctx::Root:
        error("", "expected a Sightline map (a JSON object); got " + describe(v));
        rootDone_ = true;
        return true;
    case Ctx::Skip:
        break;
    default:
        if (f.array) {
            scalarElement(f, v);
        } else if (f.keyId >= 0 || f.ctx == Ctx::Positions) {
            if (!scalarMember(f, v) && f.keyId >= 0 && f.keyId < 32)
                f.bad |= 1u << f.keyId;
        }
    }
    afterValue();
    return !stopped();
}

void MapBuilder::afterValue() {
    Frame& f = top();
    if (f.array)
        ++f.index;
}

bool MapBuilder::startContainer(bool array) {
    if (frames_.size() > kMaxDepth) {
        tooDeep_ = true;
        return false;
    }
    const Ctx ctx = containerFor(array);
    Frame& parent = top();
    Frame f;
    f.ctx = ctx;
    f.array = array;
    switch (ctx) {
    case Ctx::Perspective:
        data_.perspectives.emplace_back();
        f.item = data_.perspectives.size() - 1;
        break;
    case Ctx::Team:
        data_.teams.emplace_back();
        f.item = data_.teams.size() - 1;
        break;
    case Ctx::Person:
        data_.people.emplace_back();
        f.item = data_.people.size() - 1;
        break;
    case Ctx::Node:
        data_.nodes.emplace_back();
        f.item = data_.nodes.size() - 1;
        break;
    case Ctx::Value: {
        auto& values = data_.nodes[parentOf(1).item].values; // parent: Values, its parent: Node
        values.emplace_back();
        f.item = values.size() - 1;
        break;
    }
    case Ctx::ForecastValue: {
        auto& forecast = data_.nodes[parentOf(1).item].forecast; // parent: Forecast, its parent: Node
        forecast.emplace_back();
        f.item = forecast.size() - 1;
        break;
    }
    case Ctx::Link:
        data_.links.emplace_back();
        linkHasId_.push_back(false);
        f.item = data_.links.size() - 1;
        break;
    case Ctx::Waiver:
        data_.waivers.emplace_back();
        f.item = data_.waivers.size() - 1;
        break;
    case Ctx::View:
        f.item = static_cast<std::size_t>(parent.keyId);
        break;
    case Ctx::Positions:
        f.item = parent.item;
        break;
    case Ctx::Position:
        f.item = parent.item;
        point_ = {};
        break;
    case Ctx::Nodes:
    case Ctx::Values:
    case Ctx::Forecast:
    case Ctx::Xmr:
    case Ctx::XmrBreaks:
        f.item = parent.item;
        break;
    case Ctx::WaiverNodes:
        f.item = parent.item;
        break;
    default:
        break;
    }
    frames_.push_back(std::move(f));
    return !stopped();
}

bool MapBuilder::endContainer() {
    Frame f = std::move(frames_.back());
    frames_.pop_back();
    if (!f.array)
        finishObject(f);
    if (frames_.size() == 1)
        rootDone_ = true;
    afterValue();
    return !stopped();
}

bool MapBuilder::key(string_t& key) {
    Frame& f = top();
    const auto duplicate = [&] {
        f.key = std::move(key);
        error(here(), "the key " + core::text::quoted(f.key) + " appears twice in this object");
    };
    switch (f.ctx) {
    case Ctx::Skip:
        if (!f.otherKeys)
            f.otherKeys = std::make_unique<std::unordered_set<std::string>>();
        if (!f.otherKeys->insert(key).second)
            return duplicate(), true;
        f.key = std::move(key);
        return true;
    case Ctx::Positions:
        if (data_.positions[f.item].count(core::NodeId(key)))
            return duplicate(), true;
        f.key = std::move(key);
        return true;
    default:
        break;
    }
    const int id = f.ctx == Ctx::Views ? findKey(kViewNames, key) : findKey(keyTable(f.ctx), key);
    f.keyId = id;
    if (id >= 0) {
        if (f.seen & (1u << id)) {
            f.keyId = -1; // the second value is not read
            return duplicate(), true;
        }
        f.seen |= 1u << id;
        f.key = std::move(key);
        return true;
    }
    if (!f.otherKeys)
        f.otherKeys = std::make_unique<std::unordered_set<std::string>>();
    if (!f.otherKeys->insert(key).second)
        return duplicate(), true;
    f.key = std::move(key);
    if (f.ctx == Ctx::Views)
        warning(here(), "unknown view " + core::text::quoted(f.key) + " ignored");
    else
        warning(here(), "unknown key ignored");
    return true;
}

// ---- value helpers ------------------------------------------------------------------------

void MapBuilder::wrongType(std::string_view expected, const Scalar& v) {
    error(here(), "expected " + std::string(expected) + "; got " + describe(v));
}

void MapBuilder::wrongContainer(std::string_view expected, bool array) {
    error(here(), "expected " + std::string(expected) + "; got " + (array ? "an array" : "an object"));
}

bool MapBuilder::wantString(Scalar& v, std::string& out, bool trimmed) {
    if (v.type != Scalar::Type::String) {
        wrongType("a string", v);
        return false;
    }
    out = std::move(*v.text);
    if (trimmed && !out.empty()) {
        const auto first = static_cast<unsigned char>(out.front());
        const auto last = static_cast<unsigned char>(out.back());
        if (first <= ' ' || last <= ' ' || first >= 0x80 || last >= 0x80)
            out = core::text::trim(out);
    }
    return true;
}

bool MapBuilder::wantNumber(const Scalar& v, double& out) {
    if (v.type != Scalar::Type::Number) {
        wrongType("a number", v);
        return false;
    }
    out = v.number;
    return true;
}

bool MapBuilder::wantInt(const Scalar& v, int& out) {
    if (v.type != Scalar::Type::Number) {
        wrongType("a whole number", v);
        return false;
    }
    if (v.number != std::floor(v.number)) {
        error(here(), "expected a whole number; got " + std::to_string(v.number));
        return false;
    }
    if (v.number < std::numeric_limits<int>::min() || v.number > std::numeric_limits<int>::max()) {
        error(here(), "the number is too large");
        return false;
    }
    out = static_cast<int>(v.number);
    return true;
}

bool MapBuilder::wantBool(const Scalar& v, bool& out) {
    if (v.type != Scalar::Type::Boolean) {
        wrongType("true or false", v);
        return false;
    }
    out = v.boolean;
    return true;
}

bool MapBuilder::wantDate(Scalar& v, std::optional<core::Date>& out) {
    if (v.type != Scalar::Type::String) {
        wrongType("a date \"YYYY-MM-DD\"", v);
        return false;
    }
    out = core::Date::parse(*v.text);
    if (out)
        return true;
    const std::string& t = *v.text;
    const bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-';
    error(here(), shaped ? "not a real calendar date: " + core::text::quoted(t)
                         : "expected a date \"YYYY-MM-DD\"; got " + core::text::quoted(t));
    return false;
}

bool MapBuilder::wantDate(Scalar& v, core::Date& out) {
    std::optional<core::Date> d;
    if (!wantDate(v, d))
        return false;
    out = *d;
    return true;
}

// ---- pointers and issues ------------------------------------------------------------------

std::string MapBuilder::pointerOf(std::size_t depth) const {
    std::string p;
    for (std::size_t i = 1; i < depth && i < frames_.size(); ++i) {
        const Frame& f = frames_[i];
        p += '/';
        if (f.array)
            p += std::to_string(f.index);
        else
            p += core::text::pointerToken(f.key);
    }
    return p;
}

std::string MapBuilder::here() const {
    return pointerOf(frames_.size());
}

void MapBuilder::error(std::string pointer, std::string message) {
    ++errorCount_;
    if (errors_.size() >= core::kMaxReportedIssues)
        return;
    tainted_.push_back(pointer);
    errors_.push_back({std::move(pointer), std::move(message)});
}

void MapBuilder::warning(std::string pointer, std::string message) {
    ++warningCount_;
    if (warnings_.size() < core::kMaxReportedIssues)
        warnings_.push_back({std::move(pointer), std::move(message)});
}

} // namespace sightline::io
