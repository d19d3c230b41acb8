#pragma once

#include "sightline/core/graph.h"
#include "sightline/core/mapdata.h"

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace sightline::analysis {

inline constexpr std::uint32_t kNoIndex = UINT32_MAX;

// Dense indices and adjacency over one map snapshot, built once in O(nodes + links + teams) and
// shared by every analysis. Holds a reference to the map: the map must outlive it.
class MapIndex {
public:
    explicit MapIndex(const core::MapData& map);
    MapIndex(const MapIndex&) = delete;
    MapIndex& operator=(const MapIndex&) = delete;

    const core::MapData& map() const { return map_; }
    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(map_.nodes.size()); }
    std::uint32_t teamCount() const { return static_cast<std::uint32_t>(map_.teams.size()); }

    std::optional<std::uint32_t> nodeIndex(const core::NodeId& id) const;
    std::optional<std::uint32_t> teamIndex(const core::TeamId& id) const;
    const core::Node& node(std::uint32_t i) const { return map_.nodes[i]; }
    const core::Link& link(std::uint32_t i) const { return map_.links[i]; }
    const core::Team& team(std::uint32_t i) const { return map_.teams[i]; }

    // The node's team (kNoIndex when it has none), the team's parent (kNoIndex for a root).
    std::uint32_t nodeTeam(std::uint32_t node) const { return nodeTeam_[node]; }
    std::uint32_t teamParent(std::uint32_t team) const { return teamParent_[team]; }
    // The team's nodes (whose `team` is exactly it), in map order.
    std::span<const std::uint32_t> teamNodes(std::uint32_t team) const;
    std::span<const std::uint32_t> teamChildren(std::uint32_t team) const;
    // Teams in depth-first preorder (roots in map order, children in map order).
    std::span<const std::uint32_t> teamPreorder() const { return preorder_; }
    // Position of the team in the preorder, and one past its last descendant.
    std::uint32_t teamEnter(std::uint32_t team) const { return enter_[team]; }
    std::uint32_t teamExit(std::uint32_t team) const { return exit_[team]; }

    // All links (drives, measures, supports, rollup: the links that carry line of sight).
    const core::Graph& sightGraph() const { return sight_; }
    const core::Graph& drivesGraph() const { return drives_; }
    const core::Graph& rollupGraph() const { return rollup_; }
    // The sight graph's out-links of a node, ordered by link id (byte-wise).
    std::span<const core::Graph::Edge> outByLinkId(std::uint32_t node) const;

    // Counts of links of one kind entering / leaving each node.
    std::uint32_t inCount(core::LinkKind kind, std::uint32_t node) const;
    std::uint32_t outCount(core::LinkKind kind, std::uint32_t node) const;

    // The top goals (analysis-rules.md, "Top goals"), ordered by id.
    std::span<const std::uint32_t> topGoals() const { return goals_; }
    bool isTopGoal(std::uint32_t node) const { return isGoal_[node]; }

    // Each node's rank in the order of node ids (byte-wise).
    std::uint32_t idRank(std::uint32_t node) const { return rank_[node]; }

private:
    const core::MapData& map_;
    std::unordered_map<core::NodeId, std::uint32_t> nodeIndex_;
    std::unordered_map<core::TeamId, std::uint32_t> teamIndex_;
    std::vector<std::uint32_t> nodeTeam_, teamParent_;
    std::vector<std::uint32_t> teamNodesStart_, teamNodes_, childStart_, children_;
    std::vector<std::uint32_t> preorder_, enter_, exit_;
    core::Graph sight_, drives_, rollup_;
    std::vector<core::Graph::Edge> outSorted_;
    std::vector<std::uint32_t> outSortedStart_;
    std::vector<std::uint32_t> counts_; // [kind][in/out][node]
    std::vector<std::uint32_t> goals_;
    std::vector<bool> isGoal_;
    std::vector<std::uint32_t> byId_, rank_;
};

} // namespace sightline::analysis
