#pragma once

// The SAX handler of the JSON map reader: builds core::MapData straight from nlohmann's parse
// events, checking JSON-level rules (types, required keys, enum values, dates, duplicate keys,
// kind-specific keys, depth) with a JSON Pointer for each problem. Content under unknown keys
// is skipped without being stored, so hostile input costs no more memory than the map itself.
// Member definitions are split over mapbuilder.cpp (events, keys, value helpers, pointers),
// mapbuildercontainers.cpp (which container a value opens, end-of-object checks) and
// mapbuilderfields.cpp (the fields of each object of map-format-v1.md).

#include "sightline/core/mapdata.h"
#include "sightline/core/text.h"
#include "sightline/core/validation.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sightline::io {

inline constexpr std::size_t kMaxDepth = 64;

class MapBuilder {
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    // One scalar value of the document.
    struct Scalar {
        enum class Type { Null, Boolean, Number, String } type = Type::Null;
        bool boolean = false;
        double number = 0.0;
        bool integral = false;       // the number is a whole number
        std::int64_t integer = 0;    // when integral and within int64
        std::string* text = nullptr; // when a string (may be moved from)
    };

    // What kind of container a frame is.
    enum class Ctx : std::uint8_t {
        Root,
        Top,
        Skip,
        Perspectives,
        Perspective,
        Teams,
        Team,
        People,
        Person,
        Nodes,
        Node,
        Values,
        Value,
        Forecast,
        ForecastValue,
        Xmr,
        XmrBreaks,
        Links,
        Link,
        Views,
        View,
        Positions,
        Position,
        Settings,
        Waivers,
        Waiver,
        WaiverNodes,
    };

    MapBuilder();

    // nlohmann SAX interface.
    bool null();
    bool boolean(bool value);
    bool number_integer(number_integer_t value);
    bool number_unsigned(number_unsigned_t value);
    bool number_float(number_float_t value, const string_t& text);
    bool string(string_t& value);
    bool binary(binary_t&) { return true; }
    bool start_object(std::size_t);
    bool key(string_t& key);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();
    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& e);

    // After a parse: whether parsing stopped because of nesting deeper than kMaxDepth.
    bool tooDeep() const { return tooDeep_; }
    // After a parse: whether parsing stopped because more errors were found than are reported
    // (nothing more would be shown, and storing more would only cost memory).
    bool stopped() const { return errorCount_ > core::kMaxReportedIssues; }
    // After a failed parse: nlohmann's error (id, byte position, text), and the pointer of the
    // value being read when it happened (empty when unknown).
    struct SyntaxError {
        int id = 0;
        std::size_t position = 0;
        std::string lastToken;
        std::string what;
        std::string pointer;
        bool pointerKnown = false;
    };
    const std::optional<SyntaxError>& syntaxError() const { return syntaxError_; }

    bool rootWasObject() const { return rootWasObject_; }
    // A `version` above 2, if the file has one.
    std::optional<std::int64_t> newerVersion() const { return newerVersion_; }

    std::vector<core::Issue>& errors() { return errors_; }
    std::vector<core::Issue>& warnings() { return warnings_; }
    std::size_t errorCount() const { return errorCount_; }
    std::size_t warningCount() const { return warningCount_; }
    // Pointers whose content is unreliable because of an error; model errors under them are noise.
    const std::vector<std::string>& tainted() const { return tainted_; }
    // Links read without an `id` (by index), for generated ids.
    const std::vector<bool>& linkHasId() const { return linkHasId_; }
    // Nodes whose kind is missing or invalid (by index): model checks of their links are noise.
    const std::vector<std::size_t>& nodesOfUnknownKind() const { return nodesOfUnknownKind_; }

    core::MapData& data() { return data_; }

private:
    struct Frame {
        Ctx ctx = Ctx::Root;
        bool array = false;
        std::size_t index = 0;  // arrays: index of the current element
        std::string key;        // objects: the current key
        int keyId = -1;         // index of `key` in this object's key table, -1 when unknown
        std::uint32_t seen = 0; // known keys seen (bit = key index)
        std::uint32_t bad = 0;  // known keys whose value was wrong
        std::size_t item = 0;   // index of the entity being filled in its vector
        std::unique_ptr<std::unordered_set<std::string>> otherKeys; // unknown keys seen
    };

    // Events.
    bool scalar(Scalar v);
    bool startContainer(bool array);
    bool endContainer();
    void afterValue();

    // Which container a value at the current position opens; reports a wrong type.
    Ctx containerFor(bool array);
    Ctx elementContainer(Frame& parent, bool array);
    Ctx memberContainer(Frame& parent, bool array);
    bool scalarMember(Frame& f, Scalar& v);
    void scalarElement(Frame& f, Scalar& v);
    void finishObject(Frame& f);
    void finishTop(Frame& f);
    void finishNode(Frame& f);
    void finishLink(Frame& f);
    void requireKeys(const Frame& f, std::span<const std::string_view> names, std::uint32_t required);

    // Fields (mapbuilderfields.cpp).
    bool topField(Frame& f, Scalar& v);
    bool perspectiveField(Frame& f, Scalar& v);
    bool teamField(Frame& f, Scalar& v);
    bool personField(Frame& f, Scalar& v);
    bool nodeField(Frame& f, Scalar& v);
    bool valueField(Frame& f, Scalar& v);
    bool forecastField(Frame& f, Scalar& v);
    bool xmrField(Frame& f, Scalar& v);
    bool linkField(Frame& f, Scalar& v);
    bool positionField(Frame& f, Scalar& v);
    bool settingsField(Frame& f, Scalar& v);
    bool waiverField(Frame& f, Scalar& v);
    std::span<const std::string_view> keyTable(Ctx ctx) const;

    // Value helpers: each reports a wrong type or value at the current position.
    bool wantString(Scalar& v, std::string& out, bool trimmed);
    template <class IdT> bool wantId(Scalar& v, IdT& out);
    template <class IdT> bool wantOptionalId(Scalar& v, std::optional<IdT>& out);
    bool wantNumber(const Scalar& v, double& out);
    bool wantInt(const Scalar& v, int& out);
    bool wantBool(const Scalar& v, bool& out);
    template <class E> bool wantEnum(Scalar& v, E& out);
    bool wantDate(Scalar& v, std::optional<core::Date>& out);
    bool wantDate(Scalar& v, core::Date& out); // a required date: `out` unchanged when refused
    void wrongType(std::string_view expected, const Scalar& v);
    static std::string describe(const Scalar& v); // "a number", "null", "the string \"x\""
    void wrongContainer(std::string_view expected, bool array);

    // Pointers.
    std::string here() const;                       // the value being read
    std::string pointerOf(std::size_t depth) const; // the container at frames_[depth]

    void error(std::string pointer, std::string message);
    void warning(std::string pointer, std::string message);
    void taint(std::string pointer) {
        if (errors_.size() < core::kMaxReportedIssues)
            tainted_.push_back(std::move(pointer));
    }

    Frame& top() { return frames_.back(); }
    Frame& parentOf(std::size_t fromTop) { return frames_[frames_.size() - 1 - fromTop]; }

    core::MapData data_;
    std::vector<Frame> frames_;
    std::vector<core::Issue> errors_;
    std::vector<core::Issue> warnings_;
    std::size_t errorCount_ = 0;
    std::size_t warningCount_ = 0;
    std::vector<std::string> tainted_;
    std::vector<bool> linkHasId_;
    std::vector<std::size_t> nodesOfUnknownKind_;
    core::Point point_; // the position being read
    std::optional<SyntaxError> syntaxError_;
    std::optional<std::int64_t> newerVersion_;
    bool tooDeep_ = false;
    bool rootWasObject_ = false;
    bool rootDone_ = false;
};

// ---- templates ----------------------------------------------------------------------------

template <class IdT> inline bool MapBuilder::wantId(Scalar& v, IdT& out) {
    if (v.type != Scalar::Type::String) {
        wrongType("an id (a string)", v);
        return false;
    }
    out = IdT(std::move(*v.text));
    return true;
}

template <class IdT> inline bool MapBuilder::wantOptionalId(Scalar& v, std::optional<IdT>& out) {
    IdT id;
    if (!wantId(v, id))
        return false;
    out = std::move(id);
    return true;
}

template <class E> inline bool MapBuilder::wantEnum(Scalar& v, E& out) {
    if (v.type == Scalar::Type::String) {
        if (const auto e = core::fromString<E>(*v.text)) {
            out = *e;
            return true;
        }
    }
    const std::string got = v.type == Scalar::Type::String    ? core::text::quoted(*v.text)
                            : v.type == Scalar::Type::Null    ? std::string("null")
                            : v.type == Scalar::Type::Boolean ? std::string(v.boolean ? "true" : "false")
                                                              : std::string("a number");
    error(here(), "expected one of " + std::string(core::allowedValues<E>()) + "; got " + got);
    return false;
}

} // namespace sightline::io
