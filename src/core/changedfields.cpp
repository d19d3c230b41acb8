// What an update changed, field by field, for the masks of the *Changed events.
#include "sightline/core/changedfields.h"

namespace sightline::core {

namespace {

template <class E> class Diff {
public:
    template <class T> void field(E which, const T& a, const T& b) {
        if (!(a == b))
            mask_ |= which;
    }
    template <class S> FieldMask<E> result(const S& before, const S& after) const {
        if (mask_.empty() && !(before == after))
            return FieldMask<E>::all(); // a field without a bit changed
        return mask_;
    }

private:
    FieldMask<E> mask_;
};

} // namespace

NodeFields changedFields(const Node& a, const Node& b) {
    Diff<NodeField> d;
    using F = NodeField;
    d.field(F::Kind, a.kind, b.kind);
    d.field(F::Title, a.title, b.title);
    d.field(F::Description, a.description, b.description);
    d.field(F::Team, a.team, b.team);
    d.field(F::Owner, a.owner, b.owner);
    d.field(F::Perspective, a.perspective, b.perspective);
    d.field(F::Goal, a.goal, b.goal);
    d.field(F::Unit, a.unit, b.unit);
    d.field(F::Direction, a.direction, b.direction);
    d.field(F::Baseline, a.baseline, b.baseline);
    d.field(F::Target, a.target, b.target);
    d.field(F::Cadence, a.cadence, b.cadence);
    d.field(F::Values, a.values, b.values);
    d.field(F::Status, a.status, b.status);
    d.field(F::Start, a.start, b.start);
    d.field(F::Due, a.due, b.due);
    d.field(F::Forecast, a.forecast, b.forecast);
    d.field(F::XmrRules, a.xmr.rules, b.xmr.rules);
    d.field(F::XmrBaselinePoints, a.xmr.baselinePoints, b.xmr.baselinePoints);
    d.field(F::XmrBreaks, a.xmr.breaks, b.xmr.breaks);
    return d.result(a, b);
}

LinkFields changedFields(const Link& a, const Link& b) {
    Diff<LinkField> d;
    using F = LinkField;
    d.field(F::Kind, a.kind, b.kind);
    d.field(F::From, a.from, b.from);
    d.field(F::To, a.to, b.to);
    d.field(F::Polarity, a.polarity, b.polarity);
    d.field(F::Weight, a.weight, b.weight);
    d.field(F::Aggregate, a.aggregate, b.aggregate);
    d.field(F::Note, a.note, b.note);
    return d.result(a, b);
}

TeamFields changedFields(const Team& a, const Team& b) {
    Diff<TeamField> d;
    d.field(TeamField::Name, a.name, b.name);
    d.field(TeamField::Parent, a.parent, b.parent);
    d.field(TeamField::Colour, a.colour, b.colour);
    return d.result(a, b);
}

PersonFields changedFields(const Person& a, const Person& b) {
    Diff<PersonField> d;
    d.field(PersonField::Name, a.name, b.name);
    d.field(PersonField::Email, a.email, b.email);
    d.field(PersonField::Team, a.team, b.team);
    d.field(PersonField::Role, a.role, b.role);
    d.field(PersonField::Login, a.login, b.login);
    return d.result(a, b);
}

} // namespace sightline::core
