#include "sightline/io/jsonmapwriter.h"

#include "mapkeys.h"
#include "prettyjson.h"

#include <algorithm>
#include <unordered_set>

namespace sightline::io {

namespace {

using namespace keys;

class MapWriter {
public:
    explicit MapWriter(const core::MapData& map) : m_(map) {}

    std::string run() {
        j_.beginObject();
        str(kTop[TFormat], "sightline-map");
        j_.key(kTop[TVersion]);
        j_.integer(2);
        str(kTop[TTitle], m_.properties.title);
        optStr(kTop[TDescription], m_.properties.description);
        if (m_.properties.vocabulary != core::Vocabulary::Pump)
            str(kTop[TVocabulary], core::toString(m_.properties.vocabulary));
        if (m_.perspectives != core::MapData::defaultPerspectives())
            array(kTop[TPerspectives], m_.perspectives, [&](const core::Perspective& p) { perspective(p); });
        if (!m_.teams.empty())
            array(kTop[TTeams], m_.teams, [&](const core::Team& t) { team(t); });
        if (!m_.people.empty())
            array(kTop[TPeople], m_.people, [&](const core::Person& p) { person(p); });
        array(kTop[TNodes], m_.nodes, [&](const core::Node& n) { node(n); });
        array(kTop[TLinks], m_.links, [&](const core::Link& l) { link(l); });
        views();
        settings();
        if (!m_.waivers.empty())
            array(kTop[TWaivers], m_.waivers, [&](const core::Waiver& w) { waiver(w); });
        j_.endObject();
        std::string out = j_.take();
        out += '\n';
        return out;
    }

    // One entity, as run() writes it inside its array.
    template <class F> std::string one(F&& write) {
        write();
        return j_.take();
    }
    std::string one(const core::Team& t) {
        return one([&] { team(t); });
    }
    std::string one(const core::Person& p) {
        return one([&] { person(p); });
    }
    std::string one(const core::Node& n) {
        return one([&] { node(n); });
    }
    std::string one(const core::Link& l) {
        return one([&] { link(l); });
    }
    std::string one(const core::Point& p) {
        return one([&] { pointObject(p); });
    }

private:
    template <class T, class F> void array(std::string_view key, const std::vector<T>& items, F&& each) {
        j_.key(key);
        j_.beginArray();
        for (const T& item : items)
            each(item);
        j_.endArray();
    }

    void str(std::string_view key, std::string_view value) {
        j_.key(key);
        j_.string(value);
    }
    void optStr(std::string_view key, std::string_view value) {
        if (!value.empty())
            str(key, value);
    }
    template <class IdT> void optId(std::string_view key, const std::optional<IdT>& id) {
        if (id)
            str(key, id->str());
    }
    void num(std::string_view key, double d) {
        j_.key(key);
        j_.number(d);
    }
    void optDate(std::string_view key, const std::optional<core::Date>& d) {
        if (d)
            str(key, d->toString());
    }

    void perspective(const core::Perspective& p) {
        j_.beginObject();
        str(kPerspective[PId], p.id.str());
        str(kPerspective[PName], p.name);
        j_.endObject();
    }

    void team(const core::Team& t) {
        j_.beginObject();
        str(kTeam[TmId], t.id.str());
        str(kTeam[TmName], t.name);
        optId(kTeam[TmParent], t.parent);
        optStr(kTeam[TmColour], t.colour);
        j_.endObject();
    }

    void person(const core::Person& p) {
        j_.beginObject();
        str(kPerson[PsId], p.id.str());
        str(kPerson[PsName], p.name);
        optStr(kPerson[PsEmail], p.email);
        optId(kPerson[PsTeam], p.team);
        optStr(kPerson[PsRole], p.role);
        optStr(kPerson[PsLogin], p.login);
        j_.endObject();
    }

    void node(const core::Node& n) {
        j_.beginObject();
        str(kNode[NId], n.id.str());
        str(kNode[NKind], core::toString(n.kind));
        str(kNode[NTitle], n.title);
        optStr(kNode[NDescription], n.description);
        optId(kNode[NTeam], n.team);
        optId(kNode[NOwner], n.owner);
        optId(kNode[NPerspective], n.perspective);
        if (n.goal) {
            j_.key(kNode[NGoal]);
            j_.boolean(true);
        }
        optStr(kNode[NUnit], n.unit);
        if (n.direction != core::Direction::Up)
            str(kNode[NDirection], core::toString(n.direction));
        if (n.baseline)
            num(kNode[NBaseline], *n.baseline);
        if (n.target)
            num(kNode[NTarget], *n.target);
        if (n.cadence)
            str(kNode[NCadence], core::toString(*n.cadence));
        if (!n.values.empty())
            array(kNode[NValues], n.values, [&](const core::MeasureValue& v) {
                j_.beginObject();
                str(kValue[VDate], v.date.toString());
                num(kValue[VValue], v.value);
                optStr(kValue[VNote], v.note);
                optId(kValue[VApprovedBy], v.approvedBy);
                optDate(kValue[VApprovedOn], v.approvedOn);
                j_.endObject();
            });
        if (!n.forecast.empty())
            array(kNode[NForecast], n.forecast, [&](const core::ForecastValue& v) {
                j_.beginObject();
                str(kForecastValue[VDate], v.date.toString());
                num(kForecastValue[VValue], v.value);
                optStr(kForecastValue[VNote], v.note);
                j_.endObject();
            });
        if (!n.xmr.isDefault())
            xmr(n.xmr);
        if (n.status)
            str(kNode[NStatus], core::toString(*n.status));
        optDate(kNode[NStart], n.start);
        optDate(kNode[NDue], n.due);
        j_.endObject();
    }

    void xmr(const core::XmrOptions& x) {
        j_.key(kNode[NXmr]);
        j_.beginObject();
        if (x.rules != core::XmrRules::Pump)
            str(kXmr[XRules], core::toString(x.rules));
        if (x.baselinePoints) {
            j_.key(kXmr[XBaselinePoints]);
            j_.integer(*x.baselinePoints);
        }
        if (!x.breaks.empty()) {
            j_.key(kXmr[XBreaks]);
            j_.beginArray();
            for (const core::Date& d : x.breaks)
                j_.string(d.toString());
            j_.endArray();
        }
        j_.endObject();
    }

    void link(const core::Link& l) {
        j_.beginObject();
        optStr(kLink[LId], l.id.str());
        str(kLink[LKind], core::toString(l.kind));
        str(kLink[LFrom], l.from.str());
        str(kLink[LTo], l.to.str());
        if (l.polarity != core::Polarity::Positive)
            str(kLink[LPolarity], core::toString(l.polarity));
        if (l.weight != 1.0)
            num(kLink[LWeight], l.weight);
        if (l.aggregate != core::Aggregate::Sum)
            str(kLink[LAggregate], core::toString(l.aggregate));
        optStr(kLink[LNote], l.note);
        j_.endObject();
    }

    void views() {
        bool any = false;
        for (const auto& positions : m_.positions)
            any = any || !positions.empty();
        if (!any)
            return;
        j_.key(kTop[TViews]);
        j_.beginObject();
        for (core::ViewKind view : core::kAllViews) {
            const core::ViewPositions& positions = m_.positionsOf(view);
            if (positions.empty())
                continue;
            j_.key(core::toString(view));
            j_.beginObject();
            j_.key(kView[VwPositions]);
            j_.beginObject();
            // Node order, then positions of nodes the map does not hold (sorted by id).
            std::unordered_set<std::string_view> written;
            for (const core::Node& n : m_.nodes) {
                const auto it = positions.find(n.id);
                if (it != positions.end() && written.insert(n.id.str()).second)
                    point(n.id.str(), it->second);
            }
            if (written.size() < positions.size()) {
                std::vector<const core::NodeId*> rest;
                for (const auto& [id, p] : positions)
                    if (!written.count(id.str()))
                        rest.push_back(&id);
                std::sort(rest.begin(), rest.end(), [](auto* a, auto* b) { return *a < *b; });
                for (const core::NodeId* id : rest)
                    point(id->str(), positions.at(*id));
            }
            j_.endObject();
            j_.endObject();
        }
        j_.endObject();
    }

    void point(std::string_view id, const core::Point& p) {
        j_.key(id);
        pointObject(p);
    }

    void pointObject(const core::Point& p) {
        j_.beginObject();
        num(kPosition[PosX], p.x);
        num(kPosition[PosY], p.y);
        j_.endObject();
    }

    void settings() {
        const core::Settings defaults;
        const core::Settings& s = m_.settings;
        if (s == defaults)
            return;
        j_.key(kTop[TSettings]);
        j_.beginObject();
        if (s.maxMeasuresPerObjective != defaults.maxMeasuresPerObjective) {
            j_.key(kSettings[SMaxMeasures]);
            j_.integer(s.maxMeasuresPerObjective);
        }
        if (s.maxObjectivesPerTeam != defaults.maxObjectivesPerTeam) {
            j_.key(kSettings[SMaxObjectives]);
            j_.integer(s.maxObjectivesPerTeam);
        }
        if (s.miniMeScorecardShare != defaults.miniMeScorecardShare)
            num(kSettings[SMiniMeShare], s.miniMeScorecardShare);
        const std::pair<SettingsKey, int> counts[] = {
            {SRunLength, s.runLength}, {SXmrMinPoints, s.xmrMinPoints}, {SProgressPoints, s.progressPoints}};
        const int defaultCounts[] = {defaults.runLength, defaults.xmrMinPoints, defaults.progressPoints};
        for (std::size_t i = 0; i < 3; ++i)
            if (counts[i].second != defaultCounts[i]) {
                j_.key(kSettings[counts[i].first]);
                j_.integer(counts[i].second);
            }
        if (s.requireApproval) {
            j_.key(kSettings[SRequireApproval]);
            j_.boolean(true);
        }
        j_.endObject();
    }

    void waiver(const core::Waiver& w) {
        j_.beginObject();
        str(kWaiver[WRule], w.rule);
        if (!w.nodes.empty()) {
            j_.key(kWaiver[WNodes]);
            j_.beginArray();
            for (const core::NodeId& id : w.nodes)
                j_.string(id.str());
            j_.endArray();
        }
        optId(kWaiver[WTeam], w.team);
        str(kWaiver[WReason], w.reason);
        optId(kWaiver[WBy], w.by);
        optDate(kWaiver[WDate], w.date);
        j_.endObject();
    }

    const core::MapData& m_;
    PrettyJson j_;
};

} // namespace

std::string writeMapJson(const core::MapData& map) {
    return MapWriter(map).run();
}

namespace {
template <class T> std::string writeOne(const T& entity) {
    static const core::MapData none;
    return MapWriter(none).one(entity);
}
} // namespace

std::string writeEntityJson(const core::Team& team) {
    return writeOne(team);
}
std::string writeEntityJson(const core::Person& person) {
    return writeOne(person);
}
std::string writeEntityJson(const core::Node& node) {
    return writeOne(node);
}
std::string writeEntityJson(const core::Link& link) {
    return writeOne(link);
}
std::string writeEntityJson(const core::Point& position) {
    return writeOne(position);
}

} // namespace sightline::io
