// MapBuilder: the fields of each object of map-format-v1.md (see mapbuilder.h).

#include "mapbuilder.h"
#include "mapkeys.h"
#include "sightline/core/text.h"

namespace sightline::io {

using namespace keys;

std::span<const std::string_view> MapBuilder::keyTable(Ctx ctx) const {
    switch (ctx) {
    case Ctx::Top:
        return kTop;
    case Ctx::Perspective:
        return kPerspective;
    case Ctx::Team:
        return kTeam;
    case Ctx::Person:
        return kPerson;
    case Ctx::Node:
        return kNode;
    case Ctx::Value:
        return kValue;
    case Ctx::ForecastValue:
        return kForecastValue;
    case Ctx::Xmr:
        return kXmr;
    case Ctx::Link:
        return kLink;
    case Ctx::View:
        return kView;
    case Ctx::Position:
        return kPosition;
    case Ctx::Settings:
        return kSettings;
    case Ctx::Waiver:
        return kWaiver;
    default:
        return {};
    }
}

bool MapBuilder::scalarMember(Frame& f, Scalar& v) {
    switch (f.ctx) {
    case Ctx::Top:
        return topField(f, v);
    case Ctx::Perspective:
        return perspectiveField(f, v);
    case Ctx::Team:
        return teamField(f, v);
    case Ctx::Person:
        return personField(f, v);
    case Ctx::Node:
        return nodeField(f, v);
    case Ctx::Value:
        return valueField(f, v);
    case Ctx::ForecastValue:
        return forecastField(f, v);
    case Ctx::Xmr:
        return xmrField(f, v);
    case Ctx::Link:
        return linkField(f, v);
    case Ctx::Position:
        return positionField(f, v);
    case Ctx::Settings:
        return settingsField(f, v);
    case Ctx::Waiver:
        return waiverField(f, v);
    case Ctx::Views:
        wrongType("an object {\"positions\": {...}}", v);
        return false;
    case Ctx::View:
        wrongType("an object of node positions", v);
        return false;
    case Ctx::Positions:
        wrongType("an object {\"x\": number, \"y\": number}", v);
        return false;
    default:
        return true;
    }
}

bool MapBuilder::topField(Frame& f, Scalar& v) {
    core::MapProperties& p = data_.properties;
    switch (f.keyId) {
    case TFormat: {
        if (v.type != Scalar::Type::String || *v.text != "sightline-map") {
            const std::string got =
                v.type == Scalar::Type::String ? core::text::quoted(*v.text) : "something else";
            error(here(), "expected \"sightline-map\"; got " + got + " (this is not a Sightline map)");
            return false;
        }
        return true;
    }
    case TVersion:
        if (v.type != Scalar::Type::Number || !v.integral) {
            wrongType("a whole number (1 or 2)", v);
            return false;
        }
        if (v.integer > 2) {
            newerVersion_ = v.integer;
        } else if (v.integer < 1) {
            error(here(), "expected 1 or 2; got " + std::to_string(v.integer));
            return false;
        }
        return true;
    case TTitle:
        return wantString(v, p.title, true);
    case TDescription:
        return wantString(v, p.description, true);
    case TVocabulary:
        return wantEnum(v, p.vocabulary);
    case TViews:
    case TSettings:
        wrongType("an object", v);
        return false;
    default:
        wrongType("an array", v);
        return false;
    }
}

bool MapBuilder::perspectiveField(Frame& f, Scalar& v) {
    core::Perspective& p = data_.perspectives[f.item];
    switch (f.keyId) {
    case PId:
        return wantId(v, p.id);
    default:
        return wantString(v, p.name, true);
    }
}

bool MapBuilder::teamField(Frame& f, Scalar& v) {
    core::Team& t = data_.teams[f.item];
    switch (f.keyId) {
    case TmId:
        return wantId(v, t.id);
    case TmName:
        return wantString(v, t.name, true);
    case TmParent:
        if (v.type == Scalar::Type::Null) {
            t.parent.reset();
            return true;
        }
        return wantOptionalId(v, t.parent);
    default:
        return wantString(v, t.colour, false);
    }
}

bool MapBuilder::personField(Frame& f, Scalar& v) {
    core::Person& p = data_.people[f.item];
    switch (f.keyId) {
    case PsId:
        return wantId(v, p.id);
    case PsName:
        return wantString(v, p.name, true);
    case PsEmail:
        return wantString(v, p.email, true);
    case PsTeam:
        return wantOptionalId(v, p.team);
    case PsLogin:
        return wantString(v, p.login, true);
    default:
        return wantString(v, p.role, true);
    }
}

bool MapBuilder::nodeField(Frame& f, Scalar& v) {
    core::Node& n = data_.nodes[f.item];
    switch (f.keyId) {
    case NId:
        return wantId(v, n.id);
    case NKind:
        return wantEnum(v, n.kind);
    case NTitle:
        return wantString(v, n.title, true);
    case NDescription:
        return wantString(v, n.description, true);
    case NTeam:
        return wantOptionalId(v, n.team);
    case NOwner:
        return wantOptionalId(v, n.owner);
    case NPerspective:
        return wantOptionalId(v, n.perspective);
    case NGoal:
        return wantBool(v, n.goal);
    case NUnit:
        return wantString(v, n.unit, true);
    case NDirection:
        return wantEnum(v, n.direction);
    case NBaseline:
    case NTarget: {
        double d = 0.0;
        if (!wantNumber(v, d))
            return false;
        (f.keyId == NBaseline ? n.baseline : n.target) = d;
        return true;
    }
    case NCadence: {
        core::Cadence c{};
        if (!wantEnum(v, c))
            return false;
        n.cadence = c;
        return true;
    }
    case NValues:
        wrongType("an array of {\"date\", \"value\"} objects", v);
        return false;
    case NForecast:
        wrongType("an array of {\"date\", \"value\"} objects", v);
        return false;
    case NXmr:
        wrongType("an object {\"rules\", \"baselinePoints\", \"breaks\"}", v);
        return false;
    case NStatus: {
        core::InitiativeStatus s{};
        if (!wantEnum(v, s))
            return false;
        n.status = s;
        return true;
    }
    case NStart:
        return wantDate(v, n.start);
    default:
        return wantDate(v, n.due);
    }
}

bool MapBuilder::valueField(Frame& f, Scalar& v) {
    // Frames: ..., Node, Values, Value.
    core::MeasureValue& m = data_.nodes[parentOf(1).item].values[f.item];
    switch (f.keyId) {
    case VDate:
        return wantDate(v, m.date);
    case VValue:
        return wantNumber(v, m.value);
    case VNote:
        return wantString(v, m.note, true);
    case VApprovedBy:
        return wantOptionalId(v, m.approvedBy);
    default:
        return wantDate(v, m.approvedOn);
    }
}

bool MapBuilder::forecastField(Frame& f, Scalar& v) {
    // Frames: ..., Node, Forecast, ForecastValue.
    core::ForecastValue& m = data_.nodes[parentOf(1).item].forecast[f.item];
    switch (f.keyId) {
    case VDate:
        return wantDate(v, m.date);
    case VValue:
        return wantNumber(v, m.value);
    default:
        return wantString(v, m.note, true);
    }
}

bool MapBuilder::xmrField(Frame& f, Scalar& v) {
    core::XmrOptions& x = data_.nodes[f.item].xmr;
    switch (f.keyId) {
    case XRules:
        return wantEnum(v, x.rules);
    case XBaselinePoints: {
        int n = 0;
        if (!wantInt(v, n))
            return false;
        x.baselinePoints = n;
        return true;
    }
    default:
        wrongType("an array of dates", v);
        return false;
    }
}

bool MapBuilder::linkField(Frame& f, Scalar& v) {
    core::Link& l = data_.links[f.item];
    switch (f.keyId) {
    case LId:
        return wantId(v, l.id);
    case LKind:
        return wantEnum(v, l.kind);
    case LFrom:
        return wantId(v, l.from);
    case LTo:
        return wantId(v, l.to);
    case LPolarity:
        return wantEnum(v, l.polarity);
    case LWeight:
        return wantNumber(v, l.weight);
    case LAggregate:
        return wantEnum(v, l.aggregate);
    default:
        return wantString(v, l.note, true);
    }
}

bool MapBuilder::positionField(Frame& f, Scalar& v) {
    return wantNumber(v, f.keyId == PosX ? point_.x : point_.y);
}

bool MapBuilder::settingsField(Frame& f, Scalar& v) {
    core::Settings& s = data_.settings;
    switch (f.keyId) {
    case SMaxMeasures:
        return wantInt(v, s.maxMeasuresPerObjective);
    case SMaxObjectives:
        return wantInt(v, s.maxObjectivesPerTeam);
    case SMiniMeShare:
        return wantNumber(v, s.miniMeScorecardShare);
    case SRunLength:
        return wantInt(v, s.runLength);
    case SXmrMinPoints:
        return wantInt(v, s.xmrMinPoints);
    case SProgressPoints:
        return wantInt(v, s.progressPoints);
    default:
        return wantBool(v, s.requireApproval);
    }
}

bool MapBuilder::waiverField(Frame& f, Scalar& v) {
    core::Waiver& w = data_.waivers[f.item];
    switch (f.keyId) {
    case WRule:
        return wantString(v, w.rule, false);
    case WNodes:
        wrongType("an array of node ids", v);
        return false;
    case WTeam:
        return wantOptionalId(v, w.team);
    case WReason:
        return wantString(v, w.reason, true);
    case WBy:
        return wantOptionalId(v, w.by);
    default:
        return wantDate(v, w.date);
    }
}

} // namespace sightline::io
