#include "sightline/core/changefootprint.h"

#include "sightline/core/changevisitor.h"

namespace sightline::core {

// Reads the events into keys; one key per entity, whatever fields changed.
class FootprintRecorder final : public ChangeVisitor {
public:
    FootprintRecorder(ChangeFootprint& out, const Map* ends) : keys_(out.keys_), ends_(ends) {}

    void on(const change::PropertiesChanged&) override { keys_.insert("properties"); }
    void on(const change::SettingsChanged&) override { keys_.insert("settings"); }
    void on(const change::WaiversChanged&) override { keys_.insert("waivers"); }
    void on(const change::NodeAdded& e) override { node(e.id); }
    void on(const change::NodeChanged& e) override { node(e.id); }
    void on(const change::NodeRemoved& e) override { node(e.id); }
    void on(const change::LinkAdded& e) override { link(e.id); }
    void on(const change::LinkChanged& e) override { link(e.id); }
    void on(const change::LinkRemoved& e) override {
        keys_.insert("l:" + e.id.str());
        if (ends_) {
            node(e.from);
            node(e.to);
        }
    }
    void on(const change::TeamAdded& e) override { keys_.insert("t:" + e.id.str()); }
    void on(const change::TeamChanged& e) override { keys_.insert("t:" + e.id.str()); }
    void on(const change::TeamRemoved& e) override { keys_.insert("t:" + e.id.str()); }
    void on(const change::PersonAdded& e) override { keys_.insert("p:" + e.id.str()); }
    void on(const change::PersonChanged& e) override { keys_.insert("p:" + e.id.str()); }
    void on(const change::PersonRemoved& e) override { keys_.insert("p:" + e.id.str()); }
    void on(const change::PerspectiveAdded& e) override { keys_.insert("s:" + e.id.str()); }
    void on(const change::PerspectiveChanged& e) override { keys_.insert("s:" + e.id.str()); }
    void on(const change::PerspectiveRemoved& e) override { keys_.insert("s:" + e.id.str()); }
    void on(const change::PositionsChanged& e) override {
        const std::string prefix = "pos:" + std::to_string(static_cast<int>(e.view)) + ":";
        for (const NodeId& id : e.nodes)
            keys_.insert(prefix + id.str());
    }

private:
    void node(const NodeId& id) { keys_.insert("n:" + id.str()); }
    void link(const LinkId& id) {
        keys_.insert("l:" + id.str());
        if (ends_)
            if (const Link* l = ends_->link(id)) {
                node(l->from);
                node(l->to);
            }
    }

    std::unordered_set<std::string>& keys_;
    const Map* ends_;
};

void ChangeFootprint::add(const ChangeSet& changes) {
    FootprintRecorder recorder(*this, nullptr);
    visit(changes, recorder);
}

void ChangeFootprint::addWithLinkEnds(const ChangeSet& changes, const Map& map) {
    FootprintRecorder recorder(*this, &map);
    visit(changes, recorder);
}

void ChangeFootprint::add(const ChangeFootprint& other) {
    keys_.insert(other.keys_.begin(), other.keys_.end());
}

bool ChangeFootprint::overlaps(const ChangeFootprint& other) const {
    const auto& small = keys_.size() <= other.keys_.size() ? keys_ : other.keys_;
    const auto& large = keys_.size() <= other.keys_.size() ? other.keys_ : keys_;
    for (const std::string& key : small)
        if (large.count(key))
            return true;
    return false;
}

} // namespace sightline::core
