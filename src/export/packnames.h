#pragma once

// Names of nodes and teams for the board pack's tables (private to the export layer).

#include "sightline/core/mapdata.h"

#include <QString>
#include <QStringList>
#include <unordered_map>

namespace sightline::exporting {

inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

class NodeNames {
public:
    explicit NodeNames(const core::MapData& map) : map_(map) {
        for (std::size_t i = 0; i < map.nodes.size(); ++i)
            index_.emplace(map.nodes[i].id, i);
        for (const core::Team& t : map.teams)
            teams_.emplace(t.id, &t);
    }
    const core::Node* node(const core::NodeId& id) const {
        auto it = index_.find(id);
        return it == index_.end() ? nullptr : &map_.nodes[it->second];
    }
    // "Title (id)".
    QString title(const core::NodeId& id) const {
        const core::Node* n = node(id);
        return n ? QStringLiteral("%1 (%2)").arg(qs(n->title), qs(id.str())) : qs(id.str());
    }
    QString list(const std::vector<core::NodeId>& ids) const {
        QStringList out;
        for (const core::NodeId& id : ids)
            out << title(id);
        return out.join(QStringLiteral("; "));
    }
    QString team(const core::TeamId& id) const {
        auto it = teams_.find(id);
        return it == teams_.end() ? qs(id.str()) : qs(it->second->name);
    }
    QString teams(const std::vector<core::TeamId>& ids) const {
        QStringList out;
        for (const core::TeamId& id : ids)
            out << team(id);
        return out.join(QStringLiteral(", "));
    }

private:
    const core::MapData& map_;
    std::unordered_map<core::NodeId, std::size_t> index_;
    std::unordered_map<core::TeamId, const core::Team*> teams_;
};

} // namespace sightline::exporting
