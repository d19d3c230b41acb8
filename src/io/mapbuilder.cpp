#include "mapbuilder.h"

#include "mapkeys.h"
#include "sightline/core/text.h"

#include <cmath>
#include <limits>

namespace sightline::io {

namespace {

using Ctx = MapBuilder::Ctx;

std::string describe(const MapBuilder::Scalar& v) {
    switch (v.type) {
    case MapBuilder::Scalar::Type::Null:
        return "null";
    case MapBuilder::Scalar::Type::Boolean:
        return v.boolean ? "true" : "false";
    case MapBuilder::Scalar::Type::Number:
        return "a number";
    case MapBuilder::Scalar::Type::String:
        return "the string " + core::text::quoted(*v.text);
    }
    return "a value";
}

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

// ---- containers ---------------------------------------------------------------------------

Ctx MapBuilder::containerFor(bool array) {
    Frame& p = top();
    switch (p.ctx) {
    case Ctx::Root:
        if (rootDone_)
            return Ctx::Skip;
        if (array) {
            error("", "expected a Sightline map (a JSON object); got an array");
            return Ctx::Skip;
        }
        rootWasObject_ = true;
        return Ctx::Top;
    case Ctx::Skip:
        return Ctx::Skip;
    default:
        break;
    }
    if (p.array)
        return elementContainer(p, array);
    if (p.keyId < 0 && p.ctx != Ctx::Positions)
        return Ctx::Skip; // unknown key (warned) or duplicate (reported)
    const Ctx c = memberContainer(p, array);
    if (c == Ctx::Skip && p.keyId >= 0 && p.keyId < 32)
        p.bad |= 1u << p.keyId;
    return c;
}

Ctx MapBuilder::elementContainer(Frame& p, bool array) {
    Ctx element = Ctx::Skip;
    switch (p.ctx) {
    case Ctx::Perspectives:
        element = Ctx::Perspective;
        break;
    case Ctx::Teams:
        element = Ctx::Team;
        break;
    case Ctx::People:
        element = Ctx::Person;
        break;
    case Ctx::Nodes:
        element = Ctx::Node;
        break;
    case Ctx::Values:
        element = Ctx::Value;
        break;
    case Ctx::Links:
        element = Ctx::Link;
        break;
    case Ctx::Waivers:
        element = Ctx::Waiver;
        break;
    case Ctx::WaiverNodes:
        wrongContainer("a node id (a string)", array);
        data_.waivers[p.item].nodes.emplace_back();
        return Ctx::Skip;
    default:
        return Ctx::Skip;
    }
    if (!array)
        return element;
    // An array where an object belongs.
    error(here(), "expected an object; got an array");
    switch (element) {
    case Ctx::Perspective:
        data_.perspectives.emplace_back();
        break;
    case Ctx::Team:
        data_.teams.emplace_back();
        break;
    case Ctx::Person:
        data_.people.emplace_back();
        break;
    case Ctx::Node:
        data_.nodes.emplace_back();
        break;
    case Ctx::Value:
        data_.nodes[p.item].values.emplace_back();
        break;
    case Ctx::Link:
        data_.links.emplace_back();
        linkHasId_.push_back(true);
        break;
    case Ctx::Waiver:
        data_.waivers.emplace_back();
        break;
    default:
        break;
    }
    return Ctx::Skip;
}

Ctx MapBuilder::memberContainer(Frame& p, bool array) {
    using namespace keys;
    const auto want = [&](bool wantArray, Ctx ctx, std::string_view what) {
        if (array == wantArray)
            return ctx;
        wrongContainer(what, array);
        return Ctx::Skip;
    };
    switch (p.ctx) {
    case Ctx::Top:
        switch (p.keyId) {
        case TPerspectives:
            if (array)
                data_.perspectives.clear();
            return want(true, Ctx::Perspectives, "an array of perspectives");
        case TTeams:
            return want(true, Ctx::Teams, "an array of teams");
        case TPeople:
            return want(true, Ctx::People, "an array of people");
        case TNodes:
            return want(true, Ctx::Nodes, "an array of nodes");
        case TLinks:
            return want(true, Ctx::Links, "an array of links");
        case TWaivers:
            return want(true, Ctx::Waivers, "an array of waivers");
        case TViews:
            return want(false, Ctx::Views, "an object of views");
        case TSettings:
            return want(false, Ctx::Settings, "an object of settings");
        default:
            break;
        }
        break;
    case Ctx::Node:
        if (p.keyId == NValues)
            return want(true, Ctx::Values, "an array of {\"date\", \"value\"} objects");
        break;
    case Ctx::Waiver:
        if (p.keyId == WNodes)
            return want(true, Ctx::WaiverNodes, "an array of node ids");
        break;
    case Ctx::Views:
        return want(false, Ctx::View, "an object {\"positions\": {...}}");
    case Ctx::View:
        return want(false, Ctx::Positions, "an object of node positions");
    case Ctx::Positions:
        return want(false, Ctx::Position, "an object {\"x\": number, \"y\": number}");
    default:
        break;
    }
    wrongContainer("a single value", array);
    return Ctx::Skip;
}

void MapBuilder::scalarElement(Frame& f, Scalar& v) {
    const auto placeholder = [&](auto& vec, std::string_view what) {
        // Keep a placeholder so that later indices (and the model's pointers) stay right.
        error(here(), "expected " + std::string(what) + "; got " + describe(v));
        vec.emplace_back();
    };
    switch (f.ctx) {
    case Ctx::Perspectives:
        placeholder(data_.perspectives, "a perspective object");
        break;
    case Ctx::Teams:
        placeholder(data_.teams, "a team object");
        break;
    case Ctx::People:
        placeholder(data_.people, "a person object");
        break;
    case Ctx::Nodes:
        placeholder(data_.nodes, "a node object");
        break;
    case Ctx::Values:
        placeholder(data_.nodes[f.item].values, "a {\"date\", \"value\"} object");
        break;
    case Ctx::Links:
        placeholder(data_.links, "a link object");
        linkHasId_.push_back(true);
        break;
    case Ctx::Waivers:
        placeholder(data_.waivers, "a waiver object");
        break;
    case Ctx::WaiverNodes: {
        auto& nodes = data_.waivers[f.item].nodes;
        nodes.emplace_back();
        wantId(v, nodes.back());
        break;
    }
    default:
        break;
    }
}

void MapBuilder::finishObject(Frame& f) {
    using namespace keys;
    switch (f.ctx) {
    case Ctx::Top:
        finishTop(f);
        break;
    case Ctx::Perspective:
        requireKeys(f, kPerspective, (1u << PId) | (1u << PName));
        break;
    case Ctx::Team:
        requireKeys(f, kTeam, (1u << TmId) | (1u << TmName));
        break;
    case Ctx::Person:
        requireKeys(f, kPerson, (1u << PsId) | (1u << PsName));
        break;
    case Ctx::Node:
        finishNode(f);
        break;
    case Ctx::Value:
        requireKeys(f, kValue, (1u << VDate) | (1u << VValue));
        break;
    case Ctx::Link:
        finishLink(f);
        break;
    case Ctx::Position:
        requireKeys(f, kPosition, (1u << PosX) | (1u << PosY));
        if ((f.seen & 3u) == 3u && (f.bad & 3u) == 0)
            data_.positions[f.item].emplace(core::NodeId(top().key), point_);
        break;
    case Ctx::Waiver:
        requireKeys(f, kWaiver, (1u << WRule) | (1u << WReason));
        break;
    default:
        break;
    }
}

void MapBuilder::finishTop(Frame& f) {
    using namespace keys;
    requireKeys(f, kTop,
                (1u << TFormat) | (1u << TVersion) | (1u << TTitle) | (1u << TNodes) | (1u << TLinks));
}

void MapBuilder::finishNode(Frame& f) {
    using namespace keys;
    requireKeys(f, kNode, (1u << NId) | (1u << NKind) | (1u << NTitle));
    core::Node& n = data_.nodes[f.item];
    if (!(f.seen & (1u << NKind)) || (f.bad & (1u << NKind))) {
        nodesOfUnknownKind_.push_back(f.item);
        taint(here());
        return;
    }
    const std::string kind(core::toString(n.kind));
    const std::string article =
        n.kind == core::NodeKind::Objective || n.kind == core::NodeKind::Initiative ? "an " : "a ";
    const auto refuse = [&](unsigned keyIndex, std::string_view what) {
        if (!(f.seen & (1u << keyIndex)) || (f.bad & (1u << keyIndex)))
            return;
        error(here() + "/" + std::string(kNode[keyIndex]),
              std::string(what) + "; this node is " + std::string(article) + std::string(kind));
    };
    if (n.kind != core::NodeKind::Measure) {
        for (unsigned k = NUnit; k <= NValues; ++k)
            refuse(k, "only measures have " + std::string(kNode[k]));
        n.unit.clear();
        n.direction = core::Direction::Up;
        n.baseline.reset();
        n.target.reset();
        n.cadence.reset();
        n.values.clear();
    }
    if (n.kind != core::NodeKind::Initiative) {
        for (unsigned k = NStatus; k <= NDue; ++k)
            refuse(k, "only initiatives have " + std::string(kNode[k]));
        n.status.reset();
        n.start.reset();
        n.due.reset();
    }
    if (n.kind != core::NodeKind::Objective) {
        refuse(NGoal, "only objectives can be goals");
        n.goal = false;
    }
}

void MapBuilder::finishLink(Frame& f) {
    using namespace keys;
    requireKeys(f, kLink, (1u << LKind) | (1u << LFrom) | (1u << LTo));
    linkHasId_[f.item] = (f.seen & (1u << LId)) != 0;
    core::Link& l = data_.links[f.item];
    constexpr std::uint32_t identity = (1u << LKind) | (1u << LFrom) | (1u << LTo);
    if ((f.seen & identity) != identity || (f.bad & identity)) {
        taint(here());
        return;
    }
    const std::string_view kind = core::toString(l.kind);
    const auto refuse = [&](unsigned keyIndex, std::string_view what) {
        if (!(f.seen & (1u << keyIndex)) || (f.bad & (1u << keyIndex)))
            return;
        error(here() + "/" + std::string(kLink[keyIndex]),
              std::string(what) + "; this is a " + std::string(kind) + " link");
    };
    if (l.kind != core::LinkKind::Drives) {
        refuse(LPolarity, "only drives links have a polarity");
        refuse(LWeight, "only drives links have a weight");
        l.polarity = core::Polarity::Positive;
        l.weight = 1.0;
    }
    if (l.kind != core::LinkKind::Rollup) {
        refuse(LAggregate, "only rollup links have an aggregate");
        l.aggregate = core::Aggregate::Sum;
    }
}

void MapBuilder::requireKeys(const Frame& f, std::span<const std::string_view> names,
                             std::uint32_t required) {
    const std::uint32_t missing = required & ~f.seen;
    if (!missing)
        return;
    const std::string p = here();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (missing & (1u << i))
            error(p + "/" + std::string(names[i]),
                  "the required key " + core::text::quoted(names[i]) + " is missing");
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

std::string MapBuilder::keyPointer(std::string_view key) const {
    return here() + "/" + core::text::pointerToken(key);
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
