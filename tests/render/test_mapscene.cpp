#include "sightline/render/fallbackplacement.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/nodeitem.h"
#include "testmaps.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace sightline;
using core::NodeId;
using core::NodeKind;
using rendertest::link;
using rendertest::node;

namespace {

core::MapData sample() {
    core::MapData d;
    d.properties.title = "Sample";
    d.teams.push_back({core::TeamId("org"), "Org", std::nullopt, "#1f3a5f"});
    d.teams.push_back({core::TeamId("ops"), "Operations", core::TeamId("org"), ""});
    auto goal = node("g", NodeKind::Objective, "Margin grows", "org");
    goal.goal = true;
    d.nodes.push_back(goal);
    d.nodes.push_back(node("o1", NodeKind::Objective, "Downtime falls", "ops"));
    d.nodes.push_back(node("m1", NodeKind::Measure, "Downtime hours", "ops"));
    d.nodes.push_back(node("m2", NodeKind::Measure, "Orphan report", "ops"));
    d.nodes.push_back(node("i1", NodeKind::Initiative, "Vibration sensors", "ops"));
    d.links.push_back(link("l1", core::LinkKind::Drives, "o1", "g"));
    d.links.push_back(link("l2", core::LinkKind::Measures, "m1", "o1"));
    d.links.push_back(link("l3", core::LinkKind::Supports, "i1", "o1"));
    d.positionsOf(core::ViewKind::Results)[NodeId("g")] = {0, 0};
    return d;
}

} // namespace

TEST_CASE("the scene has one item per node and link, measures hang from their result") {
    core::Map map(sample());
    render::MapScene scene(map, core::ViewKind::Results);
    CHECK(scene.nodeItemCount() == 5);
    CHECK(scene.linkItemCount() == 3);
    auto* card = scene.nodeItem(NodeId("m1"));
    REQUIRE(card);
    CHECK(card->type() == render::MeasureCardItem::Type);
    CHECK(card->parentItem() == scene.nodeItem(NodeId("o1")));
    CHECK(scene.attachedTo(NodeId("m1")) == NodeId("o1"));
    auto* orphan = static_cast<render::MeasureCardItem*>(scene.nodeItem(NodeId("m2")));
    CHECK(orphan->isOrphan());
    CHECK(scene.nodeItem(NodeId("g"))->pos() == QPointF(0, 0));
    // Nodes without a position get distinct fallback places.
    CHECK(scene.nodeItem(NodeId("o1"))->pos() != scene.nodeItem(NodeId("i1"))->pos());
}

TEST_CASE("scene items follow the model's change events") {
    core::Map map(sample());
    render::MapScene scene(map, core::ViewKind::Results);
    int applied = 0;
    QObject::connect(&scene, &render::MapScene::changesApplied, [&] { ++applied; });

    REQUIRE(map.setPositions(core::ViewKind::Results, {{NodeId("o1"), core::Point{300, 200}}}));
    CHECK(scene.nodeItem(NodeId("o1"))->pos() == QPointF(300, 200));
    // The card moved with its bubble, and the drives arrow ends on the goal's outline.
    CHECK(scene.nodeItem(NodeId("m1"))->scenePos().x() == Approx(300));
    const QLineF line = scene.linkItem(core::LinkId("l1"))->line();
    CHECK(line.p2().x() > 0);
    CHECK(line.p2().x() < 200);

    // The orphan starts measuring o1: it becomes a card under it.
    REQUIRE(map.addLink(link("l4", core::LinkKind::Measures, "m2", "o1")));
    CHECK(scene.attachedTo(NodeId("m2")) == NodeId("o1"));
    CHECK(scene.nodeItem(NodeId("m2"))->parentItem() == scene.nodeItem(NodeId("o1")));

    // Removing the result frees its cards and removes its links' items.
    core::NodeRemoval removal;
    REQUIRE(map.removeNodes({NodeId("o1")}, &removal));
    CHECK(scene.nodeItem(NodeId("o1")) == nullptr);
    CHECK(scene.linkItem(core::LinkId("l1")) == nullptr);
    CHECK(scene.nodeItem(NodeId("m1"))->parentItem() == nullptr);
    CHECK(scene.linkItemCount() == 0);
    REQUIRE(map.restore(removal));
    CHECK(scene.nodeItem(NodeId("m1"))->parentItem() == scene.nodeItem(NodeId("o1")));
    CHECK(scene.linkItemCount() == 4);
    CHECK(applied == 4);

    // Renaming re-reads the model.
    core::Node renamed = *map.node(NodeId("o1"));
    renamed.title = "Unplanned downtime falls";
    REQUIRE(map.updateNode(renamed));
    CHECK(scene.nodeItem(NodeId("o1")) != nullptr);
}

TEST_CASE("a team's new colour repaints its nodes without rebuilding the scene") {
    core::Map map(sample());
    render::MapScene scene(map, core::ViewKind::Results);
    auto* item = scene.nodeItem(NodeId("o1"));
    core::Team t = *map.team(core::TeamId("ops"));
    t.colour = "#ff0000";
    REQUIRE(map.updateTeam(t));
    CHECK(scene.nodeItem(NodeId("o1")) == item);
    CHECK(scene.style().teamColour(map, core::TeamId("ops")) == QColor("#ff0000"));
}

TEST_CASE("the scene paints headless at every level of detail") {
    core::Map map(sample());
    render::MapScene scene(map, core::ViewKind::Results);
    scene.setHandlesVisible(false);
    const QRectF bounds = scene.mapBounds();
    const auto paint = [&](qreal zoom) {
        QImage image(int(bounds.width() * zoom) + 10, int(bounds.height() * zoom) + 10,
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        scene.render(&p, QRectF(image.rect()), bounds);
        p.end();
        return image;
    };
    const auto setNodesVisible = [&](bool visible) {
        for (const core::Node& n : map.nodes())
            if (render::MapNodeItem* item = scene.nodeItem(n.id))
                item->setVisible(visible);
    };
    for (qreal zoom : {0.05, 0.25, 1.0, 2.0}) {
        INFO("zoom " << zoom);
        const QImage withNodes = paint(zoom);
        setNodesVisible(false);
        const QImage guidesOnly = paint(zoom); // the background and its guides, the links
        setNodesVisible(true);
        // The nodes themselves drew something, not only the background and its guides.
        int differing = 0;
        for (int y = 0; y < withNodes.height(); ++y)
            for (int x = 0; x < withNodes.width(); ++x)
                differing += withNodes.pixel(x, y) != guidesOnly.pixel(x, y) ? 1 : 0;
        CHECK(differing > 0);
    }
}

TEST_CASE("fallback placement is deterministic and puts results in rings by team level") {
    core::MapData d = sample();
    d.positionsOf(core::ViewKind::Results).clear();
    const auto a = render::fallbackPlacement(d, core::ViewKind::Results);
    const core::MapData copy = d; // the same map at other addresses: no order from pointers
    CHECK(render::fallbackPlacement(copy, core::ViewKind::Results) == a);
    CHECK(a.count(NodeId("m1")) == 0); // drawn as a card under o1
    REQUIRE(a.count(NodeId("g")) == 1);
    REQUIRE(a.count(NodeId("o1")) == 1);
    const auto r = [&](const char* id) { return std::hypot(a.at(NodeId(id)).x, a.at(NodeId(id)).y); };
    CHECK(r("g") < r("o1"));
    const auto strategy = render::fallbackPlacement(d, core::ViewKind::Strategy);
    CHECK(strategy.size() == a.size());
}
