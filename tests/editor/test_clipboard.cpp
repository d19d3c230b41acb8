// Copy and paste through the system clipboard, as JSON v1.
#include "helpers.h"
#include "newnodeplacement.h"

#include <QApplication>
#include <QClipboard>
#include <QLineF>
#include <QMimeData>
#include <catch2/catch.hpp>
#include <unordered_set>

using namespace testing;
using sightline::core::NodeId;

TEST_CASE("a selection copied in one map pastes into another with its teams, owners and links") {
    Editor source(exampleMap());
    core::MapData empty;
    empty.properties.title = "Other map";
    Editor target(std::move(empty));

    // A result with its measure cards and what drives it.
    const core::Map& src = source.map();
    const core::Node* goal = nullptr;
    for (const core::Node& n : src.nodes())
        if (n.goal && !goal)
            goal = &n;
    REQUIRE(goal);
    std::vector<NodeId> chosen{goal->id};
    for (const core::LinkId& l : src.inLinks(goal->id))
        if (src.link(l)->kind == core::LinkKind::Drives)
            chosen.push_back(src.link(l)->from);
    source.scene().selectNodes(chosen);
    source.window->actions().copy->trigger();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->text().contains(QStringLiteral("\"format\": \"sightline-map\"")));

    target.canvas().setFocus();
    target.window->actions().paste->trigger();
    const core::Map& dst = target.map();
    REQUIRE(dst.nodes().size() >= chosen.size());
    // Titles arrived; every link joins pasted nodes; teams and owners exist in the target.
    for (const NodeId& id : chosen) {
        const std::string& title = src.node(id)->title;
        CHECK(std::any_of(dst.nodes().begin(), dst.nodes().end(),
                          [&](const core::Node& n) { return n.title == title; }));
    }
    CHECK(dst.links().size() >= chosen.size() - 1);
    for (const core::Node& n : dst.nodes()) {
        if (n.team)
            CHECK(dst.team(*n.team) != nullptr);
        if (n.owner)
            CHECK(dst.person(*n.owner) != nullptr);
    }
    CHECK_FALSE(dst.teams().empty());
    CHECK(target.scene().selectedNodeIds().size() == dst.nodes().size());
    // One undo step takes the whole paste back.
    target.undo().undo();
    CHECK(dst.nodes().empty());
    CHECK(dst.teams().empty());
    CHECK(dst.people().empty());

    // Pasting into the same map again gives fresh ids, nothing is replaced.
    const std::size_t count = src.nodes().size();
    source.window->actions().paste->trigger();
    CHECK(src.nodes().size() == count + source.scene().selectedNodeIds().size());
}

TEST_CASE("pasting something that is not a map reports it and changes nothing") {
    Editor e(smallMap());
    const core::MapData before = e.map().snapshot();
    QString reported;
    QObject::connect(&e.document(), &sightline::editor::Document::errorOccurred,
                     [&](const QString& m) { reported = m; });
    CHECK_FALSE(e.controller().pasteJson(
        "{\"format\": \"sightline-map\", \"version\": 1, \"title\": \"x\", \"nodes\": [{]}", {}));
    CHECK(reported.contains(QStringLiteral("Nothing was pasted")));
    reported.clear();
    CHECK_FALSE(e.controller().pasteJson(
        "{\"format\": \"sightline-map\", \"version\": 1, \"title\": \"x\", \"nodes\": "
        "[{\"id\": \"a\", \"kind\": \"kpi\", \"title\": \"t\"}], \"links\": []}",
        {}));
    CHECK(reported.contains(QStringLiteral("/nodes/0/kind")));
    CHECK(e.map().data() == before);
}

TEST_CASE("an indented outline pasted as plain text becomes results that drive what they sit under, "
          "in one undo step") {
    Editor e(smallMap());
    const core::MapData before = e.map().snapshot();
    const int steps = e.undo().count();
    QApplication::clipboard()->setText(QStringLiteral("Margin grows\n"
                                                      "  - Scrap falls\n"
                                                      "\tOperators trained on the new fixtures\n"
                                                      "\n"
                                                      "  - Orders ship complete and on time\n"
                                                      "Customers reorder within a year\n"));
    // The tab is deeper than the two spaces: the operators drive the scrap result.
    REQUIRE(e.controller().paste(QPointF(500, 500)));
    CHECK(e.undo().count() == steps + 1);
    CHECK(e.undo().undoText() == QStringLiteral("Paste outline"));
    auto titled = [&](const char* title) -> const core::Node* {
        for (const core::Node& n : e.map().nodes())
            if (n.title == title)
                return &n;
        return nullptr;
    };
    const core::Node* margin = titled("Margin grows");
    const core::Node* scrap = titled("Scrap falls");
    const core::Node* operators = titled("Operators trained on the new fixtures");
    const core::Node* orders = titled("Orders ship complete and on time");
    const core::Node* customers = titled("Customers reorder within a year");
    REQUIRE(margin);
    REQUIRE(scrap);
    REQUIRE(operators);
    REQUIRE(orders);
    REQUIRE(customers);
    CHECK(margin->kind == core::NodeKind::Objective);
    CHECK(e.map().nodes().size() == before.nodes.size() + 5);
    CHECK(e.map().links().size() == before.links.size() + 3);
    CHECK(e.map().findLink(core::LinkKind::Drives, scrap->id, margin->id));
    CHECK(e.map().findLink(core::LinkKind::Drives, operators->id, scrap->id));
    CHECK(e.map().findLink(core::LinkKind::Drives, orders->id, margin->id));
    // Causes below what they drive, neighbours side by side, none on another.
    const auto at = [&](const core::Node* n) { return e.scene().nodeItem(n->id)->sceneBoundingRect(); };
    CHECK(at(scrap).top() > at(margin).bottom());
    CHECK(at(operators).top() > at(scrap).bottom());
    CHECK_FALSE(at(scrap).intersects(at(orders)));
    CHECK_FALSE(at(margin).intersects(at(customers)));
    // The pasted results are selected, ready to move or give a team.
    CHECK(e.scene().selectedNodeIds().size() == 5);

    e.undo().undo();
    CHECK(e.map().data() == before);
}

TEST_CASE("pasting text with no titles in it reports it and changes nothing") {
    Editor e(smallMap());
    const core::MapData before = e.map().snapshot();
    QString reported;
    QObject::connect(&e.document(), &sightline::editor::Document::errorOccurred,
                     [&](const QString& m) { reported = m; });
    CHECK_FALSE(e.controller().pasteOutline(QStringLiteral("  \n - \n\t\n"), {}));
    CHECK(reported.contains(QStringLiteral("no titles")));
    CHECK(e.map().data() == before);

    // Too long an outline is refused with its size; a deep one (each line under the last) is a
    // chain, not a crash.
    QString longOutline, deep;
    for (int i = 0; i < 5001; ++i)
        longOutline += QStringLiteral("Result %1\n").arg(i);
    CHECK_FALSE(e.controller().pasteOutline(longOutline, {}));
    CHECK(reported.contains(QStringLiteral("5001 titles")));
    CHECK(e.map().data() == before);
    for (int i = 0; i < 400; ++i)
        deep += QString(i, QLatin1Char(' ')) + QStringLiteral("Cause %1\n").arg(i);
    REQUIRE(e.controller().pasteOutline(deep, {}));
    CHECK(e.map().nodes().size() == before.nodes.size() + 400);
    CHECK(e.map().links().size() == before.links.size() + 399);
}

TEST_CASE("a paste lands in free space near where it was asked for, never on another node") {
    Editor e(exampleMap());
    // The pasted nodes' boxes against every other node's box and cards.
    const auto landsOnAnother = [&] {
        const auto pasted = e.scene().selectedNodeIds();
        const std::unordered_set<core::NodeId> mine(pasted.begin(), pasted.end());
        for (const core::NodeId& id : pasted)
            for (const core::Node& other : e.map().nodes())
                if (!mine.count(other.id) && sightline::editor::nodeFootprint(e.scene(), other.id)
                                                 .intersects(e.scene().nodeItem(id)->sceneBoundingRect()))
                    return true;
        return false;
    };
    // Right on the map's busiest spot: the centre of its top goals.
    QPointF centre;
    int goals = 0;
    for (const core::Node& n : e.map().nodes())
        if (n.goal) {
            centre += e.scene().nodeItem(n.id)->scenePos();
            ++goals;
        }
    REQUIRE(goals > 0);
    centre /= goals;
    REQUIRE(e.controller().pasteOutline(
        QStringLiteral("Margin grows\n  Scrap falls\n  Orders ship on time\n"), centre));
    REQUIRE(e.scene().selectedNodeIds().size() == 3);
    CHECK_FALSE(landsOnAnother());
    // Still near: within a few boxes of the wish.
    for (const core::NodeId& id : e.scene().selectedNodeIds())
        CHECK(QLineF(e.scene().nodeItem(id)->scenePos(), centre).length() < 1500);
    // The same selection copied and pasted there again lands free too.
    e.controller().copy();
    REQUIRE(e.controller().paste(centre));
    REQUIRE(e.scene().selectedNodeIds().size() == 3);
    CHECK_FALSE(landsOnAnother());
}
