#pragma once

#include "sightline/core/changeevent.h"
#include "sightline/core/mapdata.h"
#include "sightline/core/noderemoval.h"
#include "sightline/core/status.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sightline::core {

// The document model: the single source of truth while a map is open.
//
// Every change goes through the operations below. Each checks its arguments, refuses
// (changing nothing) when the result would not be a valid map, and otherwise applies the
// change and reports it as a ChangeSet to every listener. Inside a Batch, the events of all
// operations are gathered and reported once when the outermost batch ends.
class Map {
public:
    Map();
    // Takes over data that validate() accepted (checked again in debug builds).
    explicit Map(MapData data);

    Map(const Map&) = delete;
    Map& operator=(const Map&) = delete;

    const MapData& data() const { return data_; }
    // A copy of the whole document, e.g. for analysis on a worker thread.
    MapData snapshot() const { return data_; }

    // --- lookups -----------------------------------------------------------------------
    const MapProperties& properties() const { return data_.properties; }
    const std::vector<Node>& nodes() const { return data_.nodes; }
    const std::vector<Link>& links() const { return data_.links; }
    const std::vector<Team>& teams() const { return data_.teams; }
    const std::vector<Person>& people() const { return data_.people; }
    const std::vector<Perspective>& perspectives() const { return data_.perspectives; }
    const std::vector<Waiver>& waivers() const { return data_.waivers; }
    const Settings& settings() const { return data_.settings; }

    const Node* node(const NodeId& id) const;
    const Link* link(const LinkId& id) const;
    const Team* team(const TeamId& id) const;
    const Person* person(const PersonId& id) const;
    const Perspective* perspective(const PerspectiveId& id) const;
    // The person whose login (their database role or operating-system user name) this is;
    // null when nobody has it or the login is empty. Approvals name the approver by it.
    const Person* personWithLogin(const std::string& login) const;

    std::optional<std::size_t> nodeIndex(const NodeId& id) const;
    std::optional<std::size_t> linkIndex(const LinkId& id) const;
    std::optional<std::size_t> teamIndex(const TeamId& id) const;
    std::optional<std::size_t> personIndex(const PersonId& id) const;
    std::optional<std::size_t> perspectiveIndex(const PerspectiveId& id) const;

    // Links leaving / entering a node, in no particular order.
    const std::vector<LinkId>& outLinks(const NodeId& id) const;
    const std::vector<LinkId>& inLinks(const NodeId& id) const;
    // The link of this kind from -> to, if any.
    const Link* findLink(LinkKind kind, const NodeId& from, const NodeId& to) const;

    std::optional<Point> position(ViewKind view, const NodeId& id) const;
    const ViewPositions& positions(ViewKind view) const { return data_.positionsOf(view); }

    // A team's depth: root teams are level 0.
    int teamLevel(const TeamId& id) const;
    // Every team once, depth first, with its level: each root team (no parent, or a parent the
    // map does not have) followed by its children, in the map's order. Teams caught in a parent
    // cycle (which validation reports) come last, at level 0.
    std::vector<std::pair<const Team*, int>> teamTree() const;

    // Ids not yet in use, e.g. "o12", "m3", "l40".
    NodeId newNodeId(NodeKind kind) const;
    LinkId newLinkId() const;
    TeamId newTeamId() const;
    PersonId newPersonId() const;
    PerspectiveId newPerspectiveId() const;

    // --- operations --------------------------------------------------------------------
    Status setProperties(MapProperties properties);
    Status setSettings(Settings settings);

    // index: where to insert (default: at the end).
    Status addNode(Node node, std::optional<std::size_t> index = {});
    // Replaces the node with the same id (its kind may change only if its links still fit).
    Status updateNode(Node node);
    // Removes the nodes with the links that touch them, their positions in every view and the
    // waivers that name them, as one change. `removed` receives what restore() needs.
    Status removeNodes(const std::vector<NodeId>& ids, NodeRemoval* removed = nullptr);
    Status restore(const NodeRemoval& removed);

    // Measures over time (measures.md): each replaces one part of a measure and is reported as
    // NodeChanged. Refused on a node that is not a measure, or when the measure would break a rule
    // (e.g. a value removed that an xmr break names).
    Status setMeasureValues(const NodeId& id, std::vector<MeasureValue> values);
    // Adds the value, or replaces the one with the same date.
    Status setMeasureValue(const NodeId& id, MeasureValue value);
    Status setForecast(const NodeId& id, std::vector<ForecastValue> forecast);
    Status setXmr(const NodeId& id, XmrOptions xmr);
    Status setXmrBreaks(const NodeId& id, std::vector<Date> breaks);
    Status setXmrBaselinePoints(const NodeId& id, std::optional<int> baselinePoints);
    // Approves the value dated `date` (by a person, optionally on a date), or clears its approval
    // (by absent; then `on` must be absent too).
    Status setApproval(const NodeId& id, const Date& date, std::optional<PersonId> by,
                       std::optional<Date> on = {});

    Status addLink(Link link, std::optional<std::size_t> index = {});
    Status updateLink(Link link);
    Status removeLink(const LinkId& id);

    // Teams, people and perspectives can only be removed while nothing refers to them.
    Status addTeam(Team team, std::optional<std::size_t> index = {});
    Status updateTeam(Team team);
    Status removeTeam(const TeamId& id);

    Status addPerson(Person person, std::optional<std::size_t> index = {});
    Status updatePerson(Person person);
    Status removePerson(const PersonId& id);

    Status addPerspective(Perspective perspective, std::optional<std::size_t> index = {});
    Status updatePerspective(Perspective perspective);
    Status removePerspective(const PerspectiveId& id);
    // Moves a perspective to `index` (band order), even while nodes sit in it. Storage and
    // listeners see the move as PerspectiveRemoved then PerspectiveAdded of the same id, in one
    // ChangeSet (its place in the order changed; nothing else did).
    Status movePerspective(const PerspectiveId& id, std::size_t index);

    // Sets (a value) or clears (nullopt) positions of nodes in one view.
    Status setPositions(ViewKind view, const std::vector<std::pair<NodeId, std::optional<Point>>>& positions);

    Status addWaiver(Waiver waiver, std::optional<std::size_t> index = {});
    Status updateWaiver(std::size_t index, Waiver waiver);
    Status removeWaiver(std::size_t index);

    // --- change notification -------------------------------------------------------------
    // A listener may unsubscribe itself or others while being told; an unsubscribed listener is
    // not called again, not even for the ChangeSet being delivered. Changes that a listener makes
    // while being told are delivered, as their own ChangeSet, after every listener has heard the
    // current one.
    using Listener = std::function<void(const ChangeSet&)>;
    using Subscription = std::size_t;
    Subscription subscribe(Listener listener);
    void unsubscribe(Subscription subscription);

    // Groups operations into one ChangeSet (one transaction, one undo step). Nestable.
    class Batch {
    public:
        explicit Batch(Map& map);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        Map& map_;
    };

private:
    // (Not named emit: Qt defines emit as a macro, and Qt code includes this header.)
    void publish(ChangeEvent event);
    void publish(std::vector<ChangeEvent> events);
    void flush();
    void rebuildIndices();
    void reindexNodes(std::size_t from);
    void reindexLinks(std::size_t from);
    void addAdjacency(const Link& link);
    void removeAdjacency(const Link& link);
    Status checkNode(const Node& node, const Node* previous) const;
    Status checkLink(const Link& link, const Link* previous) const;
    Status checkTeam(const Team& team, bool isNew) const;
    Status checkPerson(const Person& person) const;
    Status checkWaiver(const Waiver& waiver) const;

    MapData data_;
    std::unordered_map<NodeId, std::size_t> nodeIndex_;
    std::unordered_map<LinkId, std::size_t> linkIndex_;
    std::unordered_map<TeamId, std::size_t> teamIndex_;
    std::unordered_map<PersonId, std::size_t> personIndex_;
    std::unordered_map<PerspectiveId, std::size_t> perspectiveIndex_;
    std::unordered_map<NodeId, std::vector<LinkId>> outLinks_;
    std::unordered_map<NodeId, std::vector<LinkId>> inLinks_;

    std::vector<std::pair<Subscription, Listener>> listeners_;
    Subscription nextSubscription_ = 1;
    int batchDepth_ = 0;
    bool delivering_ = false; // inside flush(): changes made by listeners wait for their turn
    ChangeSet pending_;
    std::vector<ChangeSet> queued_; // committed, not yet delivered (while delivering)
};

} // namespace sightline::core
