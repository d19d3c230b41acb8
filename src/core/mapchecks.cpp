// Argument checks of the Map operations: an operation that would make the map invalid is
// refused with a message, before anything changes.
#include "measurechecks.h"
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <cmath>
#include <string>
#include <unordered_set>

namespace sightline::core {

namespace {

Status badId(std::string_view what, std::string_view id) {
    return Status::error(std::string(what) + " id " + text::quoted(id) +
                         " must be 1 to 64 characters of letters, digits, _ . : -");
}

bool hasMeasureFields(const Node& n) {
    return !n.unit.empty() || n.direction != Direction::Up || n.baseline || n.target || n.cadence ||
           !n.values.empty();
}

bool hasInitiativeFields(const Node& n) {
    return n.status || n.start || n.due;
}

} // namespace

Status Map::checkNode(const Node& n, const Node* previous) const {
    if (!text::isValidId(n.id.str()))
        return badId("node", n.id.str());
    if (!previous && node(n.id))
        return Status::error("a node with id " + text::quoted(n.id.str()) + " already exists");
    const std::size_t len = text::codePoints(n.title);
    if (len == 0)
        return Status::error("a title cannot be empty");
    if (len > 500)
        return Status::error("a title can have at most 500 characters");
    if (n.team && !team(*n.team))
        return Status::error("unknown team " + text::quoted(n.team->str()));
    if (n.owner && !person(*n.owner))
        return Status::error("unknown person " + text::quoted(n.owner->str()));
    if (n.perspective && !perspective(*n.perspective))
        return Status::error("unknown perspective " + text::quoted(n.perspective->str()));
    if (n.goal && n.kind != NodeKind::Objective)
        return Status::error("only objectives can be top goals");
    if (n.kind != NodeKind::Measure && hasMeasureFields(n))
        return Status::error("only measures have a unit, direction, baseline, target, cadence or values");
    if (n.kind != NodeKind::Initiative && hasInitiativeFields(n))
        return Status::error("only initiatives have a status, start or due date");
    if ((n.baseline && !std::isfinite(*n.baseline)) || (n.target && !std::isfinite(*n.target)))
        return Status::error("baseline and target must be finite numbers");
    std::unordered_set<long long> dates;
    for (const MeasureValue& v : n.values) {
        if (!std::isfinite(v.value))
            return Status::error("measure values must be finite numbers");
        if (!dates.insert(v.date.toDays()).second)
            return Status::error("two values have the date " + v.date.toString());
    }
    std::string problem;
    detail::checkMeasureHistory(
        n, [&](const PersonId& id) { return person(id) != nullptr; },
        [&](std::string, std::string message) {
            problem = std::move(message);
            return false;
        });
    if (!problem.empty())
        return Status::error(problem);
    if (previous && previous->kind != n.kind) {
        auto fits = [&](const LinkId& id) {
            const Link* l = link(id);
            const NodeKind from = l->from == n.id ? n.kind : node(l->from)->kind;
            const NodeKind to = l->to == n.id ? n.kind : node(l->to)->kind;
            return linkAllowed(l->kind, from, to);
        };
        for (const LinkId& id : outLinks(n.id))
            if (!fits(id))
                return Status::error("its " + std::string(toString(link(id)->kind)) +
                                     " links would no longer fit");
        for (const LinkId& id : inLinks(n.id))
            if (!fits(id))
                return Status::error("its " + std::string(toString(link(id)->kind)) +
                                     " links would no longer fit");
    }
    return {};
}

Status Map::checkLink(const Link& l, const Link* previous) const {
    if (!text::isValidId(l.id.str()))
        return badId("link", l.id.str());
    if (!previous && link(l.id))
        return Status::error("a link with id " + text::quoted(l.id.str()) + " already exists");
    const Node* from = node(l.from);
    const Node* to = node(l.to);
    if (!from)
        return Status::error("unknown node " + text::quoted(l.from.str()));
    if (!to)
        return Status::error("unknown node " + text::quoted(l.to.str()));
    if (l.from == l.to)
        return Status::error("a link cannot join a node to itself");
    if (!linkAllowed(l.kind, from->kind, to->kind))
        return Status::error("a " + std::string(toString(l.kind)) + " link cannot go from " +
                             std::string(toString(from->kind)) + " to " + std::string(toString(to->kind)));
    if (const Link* same = findLink(l.kind, l.from, l.to); same && same->id != l.id)
        return Status::error("there is already a " + std::string(toString(l.kind)) + " link from " +
                             text::quoted(l.from.str()) + " to " + text::quoted(l.to.str()));
    if (l.kind != LinkKind::Drives && (l.polarity != Polarity::Positive || l.weight != 1.0))
        return Status::error("only drives links have a polarity and a weight");
    if (!(l.weight > 0.0 && l.weight <= 1.0))
        return Status::error("a weight must be greater than 0 and at most 1");
    if (l.kind != LinkKind::Rollup && l.aggregate != Aggregate::Sum)
        return Status::error("only rollup links have an aggregate");
    return {};
}

Status Map::checkTeam(const Team& t, bool isNew) const {
    if (!text::isValidId(t.id.str()))
        return badId("team", t.id.str());
    if (isNew && team(t.id))
        return Status::error("a team with id " + text::quoted(t.id.str()) + " already exists");
    if (!t.colour.empty() && !text::isValidColour(t.colour))
        return Status::error("a colour must be written #rrggbb");
    if (t.parent) {
        if (*t.parent == t.id)
            return Status::error("a team cannot be its own parent");
        const Team* p = team(*t.parent);
        if (!p)
            return Status::error("unknown team " + text::quoted(t.parent->str()));
        for (std::size_t steps = 0; p && steps <= data_.teams.size(); ++steps) {
            if (p->id == t.id)
                return Status::error("team " + text::quoted(t.id.str()) +
                                     " cannot sit inside its own sub-team");
            p = p->parent ? team(*p->parent) : nullptr;
        }
    }
    return {};
}

Status Map::checkPerson(const Person& p) const {
    if (!text::isValidId(p.id.str()))
        return badId("person", p.id.str());
    if (p.team && !team(*p.team))
        return Status::error("unknown team " + text::quoted(p.team->str()));
    return {};
}

Status Map::checkWaiver(const Waiver& w) const {
    if (w.rule.empty())
        return Status::error("a waiver needs a rule");
    if (w.reason.empty())
        return Status::error("a waiver needs a reason");
    for (const NodeId& id : w.nodes)
        if (!node(id))
            return Status::error("unknown node " + text::quoted(id.str()));
    if (w.team && !team(*w.team))
        return Status::error("unknown team " + text::quoted(w.team->str()));
    if (w.by && !person(*w.by))
        return Status::error("unknown person " + text::quoted(w.by->str()));
    if (isTeamRule(w.rule) && !w.team)
        return Status::error("a waiver of " + w.rule + " names the team it is about");
    if (!isTeamRule(w.rule) && w.nodes.empty())
        return Status::error("a waiver of " + w.rule + " names the finding's nodes");
    return {};
}

} // namespace sightline::core
