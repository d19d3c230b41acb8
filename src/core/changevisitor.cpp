#include "sightline/core/changevisitor.h"

namespace sightline::core {

void visit(const ChangeEvent& event, ChangeVisitor& visitor) {
    std::visit([&](const auto& e) { visitor.on(e); }, event);
}

void visit(const ChangeSet& changes, ChangeVisitor& visitor) {
    for (const ChangeEvent& event : changes.events)
        visit(event, visitor);
}

namespace {

class ScopeReader final : public ChangeVisitor {
public:
    ChangeScope scope;

    void on(const change::PropertiesChanged&) override { scope.properties = true; }
    void on(const change::SettingsChanged&) override { scope.settings = true; }
    void on(const change::WaiversChanged&) override { scope.waivers = true; }
    void on(const change::NodeAdded&) override { scope.nodes = true; }
    void on(const change::NodeChanged&) override { scope.nodes = true; }
    void on(const change::NodeRemoved&) override { scope.nodes = true; }
    void on(const change::LinkAdded&) override { scope.links = true; }
    void on(const change::LinkChanged&) override { scope.links = true; }
    void on(const change::LinkRemoved&) override { scope.links = true; }
    void on(const change::TeamAdded&) override { scope.teams = true; }
    void on(const change::TeamChanged&) override { scope.teams = true; }
    void on(const change::TeamRemoved&) override { scope.teams = true; }
    void on(const change::PersonAdded&) override { scope.people = true; }
    void on(const change::PersonChanged&) override { scope.people = true; }
    void on(const change::PersonRemoved&) override { scope.people = true; }
    void on(const change::PerspectiveAdded&) override { scope.perspectives = true; }
    void on(const change::PerspectiveChanged&) override { scope.perspectives = true; }
    void on(const change::PerspectiveRemoved&) override { scope.perspectives = true; }
    void on(const change::PositionsChanged&) override { scope.positions = true; }
};

} // namespace

namespace {

class Describer final : public ChangeVisitor {
public:
    std::string text;

    void on(const change::PropertiesChanged&) override { text = "PropertiesChanged"; }
    void on(const change::SettingsChanged&) override { text = "SettingsChanged"; }
    void on(const change::WaiversChanged&) override { text = "WaiversChanged"; }
    void on(const change::NodeAdded& e) override { text = "NodeAdded " + e.id.str(); }
    void on(const change::NodeChanged& e) override { text = "NodeChanged " + e.id.str(); }
    void on(const change::NodeRemoved& e) override { text = "NodeRemoved " + e.id.str(); }
    void on(const change::LinkAdded& e) override { text = "LinkAdded " + e.id.str(); }
    void on(const change::LinkChanged& e) override { text = "LinkChanged " + e.id.str(); }
    void on(const change::LinkRemoved& e) override {
        text = "LinkRemoved " + e.id.str() + " " + e.from.str() + "->" + e.to.str();
    }
    void on(const change::TeamAdded& e) override { text = "TeamAdded " + e.id.str(); }
    void on(const change::TeamChanged& e) override { text = "TeamChanged " + e.id.str(); }
    void on(const change::TeamRemoved& e) override { text = "TeamRemoved " + e.id.str(); }
    void on(const change::PersonAdded& e) override { text = "PersonAdded " + e.id.str(); }
    void on(const change::PersonChanged& e) override { text = "PersonChanged " + e.id.str(); }
    void on(const change::PersonRemoved& e) override { text = "PersonRemoved " + e.id.str(); }
    void on(const change::PerspectiveAdded& e) override { text = "PerspectiveAdded " + e.id.str(); }
    void on(const change::PerspectiveChanged& e) override { text = "PerspectiveChanged " + e.id.str(); }
    void on(const change::PerspectiveRemoved& e) override { text = "PerspectiveRemoved " + e.id.str(); }
    void on(const change::PositionsChanged& e) override {
        text = "PositionsChanged " + std::string(toString(e.view));
        for (const NodeId& id : e.nodes)
            text += " " + id.str();
    }
};

} // namespace

std::string describe(const ChangeEvent& event) {
    Describer d;
    visit(event, d);
    return d.text;
}

ChangeScope scopeOf(const ChangeSet& changes) {
    ScopeReader reader;
    visit(changes, reader);
    return reader.scope;
}

} // namespace sightline::core
