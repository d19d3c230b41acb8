// MapBuilder: which container each value opens, and the checks at the end of each object
// (required keys, keys of the wrong node or link kind). See mapbuilder.h.

#include "mapbuilder.h"
#include "mapkeys.h"

namespace sightline::io {

using Ctx = MapBuilder::Ctx;

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
    case Ctx::Forecast:
        element = Ctx::ForecastValue;
        break;
    case Ctx::XmrBreaks:
        wrongContainer("a date \"YYYY-MM-DD\"", array);
        data_.nodes[p.item].xmr.breaks.emplace_back();
        return Ctx::Skip;
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
    case Ctx::ForecastValue:
        data_.nodes[p.item].forecast.emplace_back();
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
        if (p.keyId == NForecast)
            return want(true, Ctx::Forecast, "an array of {\"date\", \"value\"} objects");
        if (p.keyId == NXmr)
            return want(false, Ctx::Xmr, "an object {\"rules\", \"baselinePoints\", \"breaks\"}");
        break;
    case Ctx::Xmr:
        if (p.keyId == XBreaks)
            return want(true, Ctx::XmrBreaks, "an array of dates");
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
    case Ctx::Forecast:
        placeholder(data_.nodes[f.item].forecast, "a {\"date\", \"value\"} object");
        break;
    case Ctx::XmrBreaks: {
        auto& breaks = data_.nodes[f.item].xmr.breaks;
        std::optional<core::Date> d;
        (void)wantDate(v, d);
        breaks.push_back(d.value_or(core::Date()));
        break;
    }
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
    case Ctx::ForecastValue:
        requireKeys(f, kForecastValue, (1u << VDate) | (1u << VValue));
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
        refuse(NForecast, "only measures have a forecast");
        refuse(NXmr, "only measures have xmr options");
        n.forecast.clear();
        n.xmr = {};
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

} // namespace sightline::io
