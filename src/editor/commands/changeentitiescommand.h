#pragma once

#include "mapcommand.h"

#include <vector>

namespace sightline::editor {

// How the generic value-change command reads and writes one kind of entity.
template <class T> struct EntityAccess;

template <> struct EntityAccess<core::Node> {
    static const core::Node* get(const core::Map& m, const core::NodeId& id) { return m.node(id); }
    static core::Status update(core::Map& m, core::Node v) { return m.updateNode(std::move(v)); }
};
template <> struct EntityAccess<core::Link> {
    static const core::Link* get(const core::Map& m, const core::LinkId& id) { return m.link(id); }
    static core::Status update(core::Map& m, core::Link v) { return m.updateLink(std::move(v)); }
};
template <> struct EntityAccess<core::Team> {
    static const core::Team* get(const core::Map& m, const core::TeamId& id) { return m.team(id); }
    static core::Status update(core::Map& m, core::Team v) { return m.updateTeam(std::move(v)); }
};
template <> struct EntityAccess<core::Person> {
    static const core::Person* get(const core::Map& m, const core::PersonId& id) { return m.person(id); }
    static core::Status update(core::Map& m, core::Person v) { return m.updatePerson(std::move(v)); }
};

// Replaces entities (nodes, links, teams, people) by new values, like Tiled's ChangeValue:
// the old values are read when the command is made, undo puts them back. Each call is one
// undo step: the docks commit a field when its editing finishes, not per keystroke.
template <class T> class ChangeEntitiesCommand : public MapCommand {
public:
    ChangeEntitiesCommand(core::Map& map, std::vector<T> after, const QString& text)
        : MapCommand(map, text), after_(std::move(after)) {
        for (const T& v : after_)
            if (const T* old = EntityAccess<T>::get(map, v.id))
                before_.push_back(*old);
    }

protected:
    core::Status doRedo() override {
        if (before_.size() != after_.size())
            return core::Status::error("the item to change is no longer in the map");
        for (std::size_t i = 0; i < after_.size(); ++i) {
            if (core::Status s = EntityAccess<T>::update(map(), after_[i]); !s) {
                for (std::size_t j = i; j-- > 0;)
                    must(EntityAccess<T>::update(map(), before_[j]));
                return s;
            }
        }
        return {};
    }
    void doUndo() override {
        for (std::size_t i = before_.size(); i-- > 0;)
            must(EntityAccess<T>::update(map(), before_[i]));
    }

private:
    std::vector<T> before_, after_;
};

// The map's own fields (title, description, vocabulary).
class ChangePropertiesCommand : public MapCommand {
public:
    ChangePropertiesCommand(core::Map& map, core::MapProperties after, const QString& text)
        : MapCommand(map, text), before_(map.properties()), after_(std::move(after)) {}

protected:
    core::Status doRedo() override { return map().setProperties(after_); }
    void doUndo() override { must(map().setProperties(before_)); }

private:
    core::MapProperties before_, after_;
};

// The map's analysis thresholds (settings).
class ChangeSettingsCommand : public MapCommand {
public:
    ChangeSettingsCommand(core::Map& map, core::Settings after, const QString& text)
        : MapCommand(map, text), before_(map.settings()), after_(after) {}

protected:
    core::Status doRedo() override { return map().setSettings(after_); }
    void doUndo() override { must(map().setSettings(before_)); }

private:
    core::Settings before_, after_;
};

} // namespace sightline::editor
